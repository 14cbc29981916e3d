package brass.world.behaviour.standard;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.behaviour.Behaviour;
import brass.world.game.Recorder;
import brass.world.model.Direction;
import brass.world.model.Thing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wandering on the manual clock: when it moves, where it may go, what everyone reads, and that it stays one. */
class WanderTest {

    Scene scene = new Scene();
    Thing hall;
    Thing kitchen;
    Thing cellar;
    Thing cellarDoor;
    Thing cat;
    Recorder inHall = new Recorder();
    Recorder inKitchen = new Recorder();

    @BeforeEach
    void build() {
        hall = scene.world.room("hall", "The Hall", "A hall.");
        kitchen = scene.world.room("kitchen", "The Kitchen", "A kitchen.");
        cellar = scene.world.room("cellar", "The Cellar", "A cellar.");
        cellarDoor = scene.world.door("cellar-door", "cellar door");
        scene.world.connect(hall, Direction.DOWN, cellar, cellarDoor);
        cat = scene.world.actor("cat", "Tibbles", hall).properName(true);
        scene.player("alice", hall, inHall);
        scene.player("bob", kitchen, inKitchen);
        inHall.take(); // Bob entered the game in the hall, the first room
    }

    Behaviour.Running wander(Thing walker, Duration interval) {
        return scene.start(Wander.behaviour(), walker, Map.of("interval", interval, "stagger", false));
    }

    @Test
    void staggeredWanderersStepAtPhasesOfTheirOwnWithinTheFirstIntervalThenEveryInterval() {
        scene.world.connect(hall, Direction.NORTH, kitchen);
        List<Thing> cats = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Thing c = scene.world.actor("cat-" + i, "cat", hall);
            cats.add(c);
            scene.start(Wander.behaviour(), c, Map.of("interval", Duration.ofSeconds(10), "stagger", true));
        }
        int[] movedBy = new int[11];
        for (int s = 1; s <= 10; s++) {
            scene.reactor.advance(Duration.ofSeconds(1));
            movedBy[s] = (int) cats.stream().filter(c -> c.location() != hall).count();
        }
        // every cat has taken exactly one step within the first interval, spread over it:
        // no second holds most of them
        assertThat(movedBy[10]).isEqualTo(100);
        for (int s = 1; s <= 10; s++) {
            assertThat(movedBy[s] - movedBy[s - 1]).as("cats stepping in second %d", s).isLessThan(30);
        }
        // each then keeps to its interval: one more step each in the next ten seconds, back south
        scene.reactor.advance(Duration.ofSeconds(10));
        assertThat(cats).allSatisfy(c -> assertThat(c.location()).isSameAs(hall));
    }

    @Test
    void atEachIntervalItGoesThroughAnOpenExitSeenLeavingAndArrivingAsAPlayerIs() {
        scene.world.connect(hall, Direction.NORTH, kitchen);
        wander(cat, Duration.ofSeconds(10));
        scene.reactor.advance(Duration.ofMillis(9_999));
        assertThat(cat.location()).isSameAs(hall);
        scene.reactor.advance(Duration.ofMillis(1));
        // the cellar door is shut, so north is the only way
        assertThat(cat.location()).isSameAs(kitchen);
        assertThat(inHall.take()).isEqualTo("Tibbles goes north.");
        assertThat(inKitchen.take()).isEqualTo("Tibbles arrives from the south.");
        scene.reactor.advance(Duration.ofSeconds(10));
        assertThat(cat.location()).isSameAs(hall);
        assertThat(inKitchen.take()).isEqualTo("Tibbles goes south.");
        assertThat(inHall.take()).isEqualTo("Tibbles arrives from the north.");
        assertThat(scene.world.problems()).isEmpty();
    }

    @Test
    void aNamedExitReadsAsAPlayersDoes() {
        scene.world.connect(hall, "trapdoor", kitchen, "ladder", null);
        wander(cat, Duration.ofSeconds(1));
        scene.reactor.advance(Duration.ofSeconds(1));
        assertThat(inHall.take()).isEqualTo("Tibbles leaves by the trapdoor.");
        assertThat(inKitchen.take()).isEqualTo("Tibbles arrives by the ladder.");
    }

    @Test
    void neverThroughAClosedDoorAndThroughItOnceItIsOpen() {
        wander(cat, Duration.ofSeconds(1));
        scene.reactor.advance(Duration.ofMinutes(1));
        assertThat(cat.location()).isSameAs(hall);
        assertThat(inHall.take()).isEmpty();
        cellarDoor.open(true);
        scene.reactor.advance(Duration.ofSeconds(1));
        assertThat(cat.location()).isSameAs(cellar);
        assertThat(inHall.take()).isEqualTo("Tibbles goes down.");
    }

    @Test
    void aThingWandersOnlyWhileItLiesLooseInARoom() {
        scene.world.connect(hall, Direction.NORTH, kitchen);
        Thing mouse = scene.world.object("mouse", "clockwork mouse", hall);
        Thing box = scene.world.object("box", "box", hall).container(true);
        wander(mouse, Duration.ofSeconds(1));
        mouse.moveTo(box);
        scene.reactor.advance(Duration.ofSeconds(5));
        assertThat(mouse.location()).isSameAs(box);
        mouse.moveTo(scene.game.players().get(0));
        scene.reactor.advance(Duration.ofSeconds(5));
        assertThat(mouse.location()).isSameAs(scene.game.players().get(0));
        mouse.moveTo(scene.world.limbo());
        scene.reactor.advance(Duration.ofSeconds(5));
        assertThat(mouse.location()).isSameAs(scene.world.limbo());
        mouse.moveTo(hall);
        inHall.take();
        scene.reactor.advance(Duration.ofSeconds(1));
        assertThat(mouse.location()).isSameAs(kitchen);
        assertThat(inHall.take()).isEqualTo("The clockwork mouse goes north.");
    }

    @Test
    void afterAStallItCatchesUpAFewStepsNotAllOfThem() {
        scene.world.connect(hall, Direction.NORTH, kitchen);
        List<String> moves = new ArrayList<>();
        scene.game.addWitness(e -> {
            if (e.actor() == cat && e.toOthers().contains("arrives")) {
                moves.add(cat.location().id());
            }
        });
        wander(cat, Duration.ofSeconds(1));
        scene.reactor.manualClock().advanceNanos(Duration.ofSeconds(2).toNanos());
        scene.reactor.runUntilIdle();
        assertThat(moves).containsExactly("kitchen", "hall");
        scene.reactor.manualClock().advanceNanos(Duration.ofHours(1).toNanos());
        scene.reactor.runUntilIdle();
        assertThat(moves).hasSize(2 + Wander.MAX_STEPS_PER_CALL);
        assertThat(scene.world.problems()).isEmpty();
    }

    /** A reload stops the cat's walk and starts it again once: it counts its interval from the reload, and walks once per interval. */
    @Test
    void aReloadLeavesOneWalkingCat() {
        ReloadableWorld inn = ReloadableWorld.defaultWorld(5);
        Thing sprocket = inn.world.get("sprocket");
        List<String> walks = new ArrayList<>();
        inn.game.addWitness(e -> {
            if (e.actor() == sprocket && e.toOthers().contains("arrives")) {
                walks.add(sprocket.location().id());
            }
        });
        inn.reactor.advance(Duration.ofSeconds(30));
        inn.reloadUnchanged();
        inn.reloadUnchanged();
        inn.reactor.advance(Duration.ofSeconds(44));
        assertThat(walks).isEmpty();
        inn.reactor.advance(Duration.ofSeconds(1));
        assertThat(walks).hasSize(1);
        inn.reactor.advance(Duration.ofSeconds(45));
        assertThat(walks).hasSize(2);
        assertThat(inn.world.problems()).isEmpty();
    }

    @Test
    void stoppingLeavesNoTimer() {
        scene.world.connect(hall, Direction.NORTH, kitchen);
        Behaviour.Running running = wander(cat, Duration.ofSeconds(1));
        assertThat(scene.reactor.pendingTimers()).isEqualTo(1);
        running.stop();
        running.stop();
        assertThat(scene.reactor.pendingTimers()).isZero();
        scene.reactor.advance(Duration.ofMinutes(1));
        assertThat(cat.location()).isSameAs(hall);
    }
}
