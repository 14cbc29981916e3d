package brass.world.demo;

import brass.world.model.Direction;
import brass.world.model.Gender;
import brass.world.model.Thing;
import brass.world.model.World;

/**
 * The demo world. Its ids are stable, so tests can find things by id:
 * rooms {@code foyer} (start), {@code hall}, {@code cellar} (dark), {@code study}, {@code garden};
 * things {@code brass-lamp}, {@code table}, {@code red-key}, {@code blue-key}, {@code box},
 * {@code iron-key}, {@code water}, {@code oak-door}, {@code brass-cockroach}, {@code desk};
 * the butler {@code bob}.
 */
public final class DemoWorld {

    private DemoWorld() {
    }

    public static World create() {
        World w = new World();
        Thing foyer = w.room("foyer", "Foyer",
                "A draughty foyer with a chequered floor. A trapdoor in the floor leads down; the hall lies north, "
                        + "and the front door stands open to the garden.");
        Thing hall = w.room("hall", "Hall",
                "A long hall hung with portraits of disapproving ancestors. An oak door leads north.");
        Thing cellar = w.room("cellar", "Cellar", "A damp cellar. A ladder leads back up.").dark(true);
        Thing study = w.room("study", "Study", "A cosy study that smells of pipe smoke and machine oil.");
        Thing garden = w.room("garden", "Garden", "An overgrown garden. The house is back inside.");
        w.startRoom(foyer);

        w.connect(foyer, Direction.NORTH, hall);
        w.connect(foyer, Direction.DOWN, cellar);
        w.connect(foyer, Direction.OUT, garden);
        Thing oakDoor = w.door("oak-door", "oak door").synonyms("door")
                .description("A heavy door of dark oak with an iron lock.")
                .lockable("iron-key", true);
        w.connect(hall, Direction.NORTH, study, oakDoor);

        w.object("brass-lamp", "brass lamp", foyer).synonyms("lantern", "light")
                .description("A brass oil lamp with a glass chimney.").lightSource(false);

        Thing table = w.object("table", "table", hall).adjectives("wooden").fixed(true).surface(true)
                .description("A long wooden table.");
        w.object("red-key", "red key", table).description("A small key painted red.");
        w.object("blue-key", "blue key", table).description("A small key painted blue.");
        w.actor("bob", "Bob", hall).gender(Gender.MALE).synonyms("butler", "clockwork")
                .description("Bob is a clockwork butler, polished to a shine, with a key in his back.");

        Thing box = w.object("box", "wooden box", cellar).synonyms("crate").openable(false).container(true)
                .description("A small wooden box with a hinged lid.");
        w.object("iron-key", "iron key", box).description("A heavy iron key.");
        w.object("water", "water", cellar).massNoun(true).fixed(true).synonyms("puddle")
                .description("A puddle of cold water.");

        Thing desk = w.object("desk", "desk", study).fixed(true).surface(true).description("A leather-topped desk.");
        w.object("brass-cockroach", "brass cockroach", desk).synonyms("roach", "cockroach")
                .description("A wind-up cockroach of brass, its legs folded.");
        w.object("rose", "rose", garden).adjectives("red").description("A single red rose.");
        return w;
    }
}
