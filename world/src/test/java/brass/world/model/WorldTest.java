package brass.world.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorldTest {

    private final World world = new World();
    private final Thing hall = world.room("hall", "Hall", "A hall.");
    private final Thing cellar = world.room("cellar", "Cellar", "A cellar.");

    @Test
    void aMoveTakesAThingOutOfItsOldPlace() {
        Thing box = world.object("box", "box", hall).container(true);
        Thing key = world.object("key", "key", hall);
        key.moveTo(box);
        assertThat(hall.contents()).containsExactly(box);
        assertThat(box.contents()).containsExactly(key);
        assertThat(key.location()).isSameAs(box);
        assertThat(key.room()).isSameAs(hall);
        assertThat(world.problems()).isEmpty();
    }

    @Test
    void aBoxNeverEndsUpInsideItself() {
        Thing box = world.object("box", "box", hall).container(true);
        Thing bag = world.object("bag", "bag", box).container(true);
        assertThatThrownBy(() -> box.moveTo(box)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inside itself");
        assertThatThrownBy(() -> box.moveTo(bag)).hasMessageContaining("inside itself");
        assertThat(box.location()).isSameAs(hall);
        assertThat(world.problems()).isEmpty();
    }

    @Test
    void refusesMovesThatBreakTheWorld() {
        Thing lamp = world.object("lamp", "lamp", hall);
        Thing stone = world.object("stone", "stone", hall);
        Thing bob = world.actor("bob", "Bob", hall);
        Thing door = world.door("door", "door");
        assertThatThrownBy(() -> lamp.moveTo(stone)).hasMessageContaining("neither a container nor a surface");
        assertThatThrownBy(() -> bob.moveTo(bob)).hasMessageContaining("actors stand in rooms");
        assertThatThrownBy(() -> hall.moveTo(cellar)).hasMessageContaining("rooms and doors");
        assertThatThrownBy(() -> lamp.moveTo(door)).hasMessageContaining("door");
        assertThatThrownBy(() -> lamp.moveTo(null)).hasMessageContaining("somewhere");
        assertThatThrownBy(() -> lamp.moveTo(new World().limbo())).hasMessageContaining("different worlds");
        lamp.moveTo(bob);
        assertThat(world.problems()).isEmpty();
    }

    @Test
    void idsAreUniqueAndWellFormed() {
        world.object("lamp", "lamp", hall);
        assertThatThrownBy(() -> world.object("lamp", "other lamp", hall)).hasMessageContaining("already");
        assertThatThrownBy(() -> world.object("Bad Id", "x", hall)).hasMessageContaining("id");
        assertThat(world.get("lamp").name()).isEqualTo("lamp");
        assertThat(world.find("nothing")).isEmpty();
        assertThat(world.player("Alice", hall).id()).isEqualTo("player:alice");
    }

    @Test
    void playersMayBeNamedInAnyAlphabetAndTheirIdsStayIds() {
        Thing zoe = world.player("zoë", hall);
        assertThat(zoe.name()).isEqualTo("Zoë");
        assertThat(zoe.id()).isEqualTo("player:zo.eb.").isEqualTo(World.playerId("ZOË"));
        assertThat(world.player("Дмитрий", hall).id()).isEqualTo("player:.434..43c..438..442..440..438..439.");
        assertThat(world.player("山田", hall).name()).isEqualTo("山田");
        assertThatThrownBy(() -> world.player("Bob Smith", hall)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> world.player("1bob", hall)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailedPlacementLeavesNoTrace() {
        Thing stone = world.object("stone", "stone", hall);
        int before = world.size();
        assertThatThrownBy(() -> world.object("pebble", "pebble", stone)).isInstanceOf(IllegalArgumentException.class);
        assertThat(world.size()).isEqualTo(before);
        assertThat(world.find("pebble")).isEmpty();
        assertThat(world.problems()).isEmpty();
    }

    @Test
    void oneDoorIsSharedByBothSides() {
        Thing door = world.door("trapdoor", "trapdoor").lockable("key", true);
        world.connect(hall, Direction.DOWN, cellar, door);
        assertThat(hall.exit(Direction.DOWN).door()).isSameAs(cellar.exit(Direction.UP).door());
        assertThat(hall.exit(Direction.DOWN).blocked()).isTrue();
        door.locked(false).open(true);
        assertThat(cellar.exit(Direction.UP).blocked()).isFalse();
        assertThatThrownBy(() -> door.locked(true)).hasMessageContaining("closed");
    }

    /** A door knows the rooms it stands between, whatever happens to the exits through it. */
    @Test
    void aDoorsSidesFollowTheExitsThroughIt() {
        Thing yard = world.room("yard", "Yard", "A yard.");
        Thing door = world.door("door", "door");
        assertThat(world.sides(door)).isEmpty();
        world.connect(hall, Direction.DOWN, cellar, door);
        assertThat(world.sides(door)).containsExactly(hall, cellar);
        // an exit made anew in the same place keeps its side; one without the door gives it up
        world.exit(hall, new Exit("down", Direction.DOWN, cellar, door));
        world.exit(cellar, new Exit("up", Direction.UP, hall, null));
        assertThat(world.sides(door)).containsExactly(hall);
        world.exit(yard, new Exit("in", Direction.IN, hall, door));
        assertThat(world.sides(door)).containsExactly(hall, yard);
        assertThat(world.problems()).isEmpty();
        world.removeExit(hall, "down");
        assertThat(world.sides(door)).containsExactly(yard);
        world.remove(yard);
        assertThat(world.sides(door)).isEmpty();
        world.connect(hall, Direction.NORTH, cellar, door);
        world.remove(door);
        assertThat(world.sides(door)).isEmpty();
        assertThat(hall.exits()).doesNotContainKey("north");
        assertThat(world.problems()).isEmpty();
    }

    @Test
    void oneWayAndNamedExits() {
        world.exit(hall, "chute", cellar);
        world.exit(cellar, Direction.NORTH, hall);
        assertThat(hall.exit("chute").destination()).isSameAs(cellar);
        assertThat(hall.exit("chute").direction()).isNull();
        assertThat(cellar.exit("chute")).isNull();
        assertThat(cellar.exit(Direction.NORTH).destination()).isSameAs(hall);
    }

    @Test
    void anExitCarriesItsSynonymsAndDescriptionInLowerCase() {
        Exit trapdoor = world.exit(hall, new Exit("Trapdoor", null, cellar, null, List.of(" Hatch", "down-hatch", "hatch"),
                "Below the trapdoor, a ladder goes down into the dark."));
        assertThat(trapdoor.name()).isEqualTo("trapdoor");
        assertThat(trapdoor.synonyms()).containsExactly("hatch", "down-hatch");
        assertThat(trapdoor.description()).isEqualTo("Below the trapdoor, a ladder goes down into the dark.");
        assertThat(hall.exitCalled("HATCH")).isSameAs(trapdoor);
        assertThat(hall.exit("trapdoor")).isSameAs(trapdoor);
        assertThat(hall.exit("hatch")).as("exit(name) is by name only").isNull();
        assertThatThrownBy(() -> trapdoor.synonyms().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void exitsMadeByHandHaveNoSynonymsAndNoDescription() {
        Exit north = world.exit(hall, Direction.NORTH, cellar);
        assertThat(north.synonyms()).isEmpty();
        assertThat(north.description()).isEmpty();
        assertThat(new Exit("up", Direction.UP, cellar, null, null, null)).isEqualTo(new Exit("up", Direction.UP, cellar, null));
    }

    @Test
    void aDirectionOrAnotherExitsNameWinsOverASynonym() {
        Thing attic = world.room("attic", "Attic", "An attic.");
        Exit down = world.exit(hall, Direction.DOWN, cellar);
        Exit ladder = world.exit(hall, new Exit("ladder", null, attic, null, List.of("up", "d", "trapdoor", "rungs"), ""));
        Exit trapdoor = world.exit(hall, new Exit("trapdoor", null, cellar, null, List.of("hatch", "rungs"), ""));
        assertThat(hall.exitCalled("d")).isSameAs(down);
        assertThat(hall.exitCalled("Down")).isSameAs(down);
        assertThat(hall.exitCalled("up")).as("a direction with no exit is still a direction").isNull();
        assertThat(hall.exitCalled("trapdoor")).isSameAs(trapdoor);
        assertThat(hall.exitCalled("hatch")).isSameAs(trapdoor);
        assertThat(hall.exitCalled("rungs")).as("the first exit made has a shared synonym").isSameAs(ladder);
        assertThat(hall.exitCalled("ladder")).isSameAs(ladder);
        assertThat(hall.exitCalled("chimney")).isNull();
    }

    @Test
    void removingAThingLeavesItsContentsWhereItWas() {
        Thing box = world.object("box", "box", hall).container(true);
        Thing key = world.object("key", "key", box);
        world.remove(box);
        assertThat(key.location()).isSameAs(hall);
        assertThat(world.find("box")).isEmpty();
        assertThat(box.isRemoved()).isTrue();
        assertThatThrownBy(() -> key.moveTo(box)).hasMessageContaining("removed");
        assertThat(world.problems()).isEmpty();
    }

    @Test
    void removingARoomSendsItsContentsToTheStartAndItsExitsAway() {
        world.connect(hall, Direction.DOWN, cellar);
        Thing bob = world.actor("bob", "Bob", cellar);
        Thing coin = world.object("coin", "coin", cellar);
        world.remove(cellar);
        assertThat(bob.location()).isSameAs(hall);
        assertThat(coin.location()).isSameAs(hall);
        assertThat(hall.exit(Direction.DOWN)).isNull();
        assertThat(world.problems()).isEmpty();
    }

    @Test
    void removingAnActorDropsWhatTheyCarried() {
        Thing bob = world.actor("bob", "Bob", hall);
        Thing lamp = world.object("lamp", "lamp", bob);
        world.remove(bob);
        assertThat(lamp.location()).isSameAs(hall);
    }

    @Test
    void darknessIsLitByALampAnywhereInTheRoom() {
        cellar.dark(true);
        Thing bob = world.actor("bob", "Bob", cellar);
        Thing box = world.object("box", "box", cellar).container(true).openable(false);
        Thing lamp = world.object("lamp", "lamp", box).lightSource(true);
        assertThat(Scope.isLit(cellar)).isFalse();
        assertThat(Scope.of(bob)).isEmpty();
        box.open(true);
        assertThat(Scope.isLit(cellar)).isTrue();
        assertThat(Scope.of(bob)).containsExactly(box, lamp);
        lamp.moveTo(bob);
        assertThat(Scope.isLit(cellar)).isTrue();
        lamp.lit(false);
        assertThat(Scope.isLit(cellar)).isFalse();
        assertThat(Scope.of(bob)).containsExactly(lamp);
    }

    @Test
    void scopeSkipsWhatOthersCarryAndWhatClosedThingsHide() {
        Thing alice = world.actor("alice", "Alice", hall);
        Thing bob = world.actor("bob", "Bob", hall);
        world.object("purse", "purse", bob);
        Thing chest = world.object("chest", "chest", hall).container(true).openable(false);
        world.object("gold", "gold", chest);
        Thing table = world.object("table", "table", hall).surface(true).fixed(true);
        Thing cup = world.object("cup", "cup", table);
        Thing door = world.door("door", "door");
        world.connect(hall, Direction.NORTH, cellar, door);
        assertThat(Scope.of(alice)).containsExactly(bob, chest, table, cup, door);
    }

    @Test
    void aSnapshotRestoresIntoAFreshWorld() {
        World a = brass.world.demo.DemoWorld.create();
        Thing lamp = a.get("brass-lamp");
        Thing box = a.get("box");
        box.open(true);
        lamp.lit(true);
        lamp.moveTo(box);
        box.moveTo(a.get("bob"));
        a.get("iron-key").moveTo(a.get("table"));
        a.get("oak-door").locked(false).open(true);

        // Bob takes the red key and then the iron key: his hands list them in that order, not by id.
        a.get("red-key").moveTo(a.get("bob"));
        a.get("iron-key").moveTo(a.get("bob"));

        World b = brass.world.demo.DemoWorld.create();
        b.object("extra", "extra", b.get("hall"));
        List<ThingState> snapshot = a.snapshot();
        assertThat(b.restore(snapshot)).isEmpty();
        assertThat(b.snapshot().stream().filter(s -> !s.id().equals("extra")).toList()).isEqualTo(snapshot);
        assertThat(b.get("bob").contents()).extracting(Thing::id).containsExactly("box", "red-key", "iron-key");
        for (Thing place : a.things()) {
            assertThat(b.get(place.id()).contents().stream().map(Thing::id).filter(id -> !id.equals("extra")).toList())
                    .as(place.id()).isEqualTo(place.contents().stream().map(Thing::id).toList());
        }
        assertThat(b.get("brass-lamp").location()).isSameAs(b.get("box"));
        assertThat(b.get("oak-door").isOpen()).isTrue();
        assertThat(b.problems()).isEmpty();

        World c = new World();
        c.room("hall", "Hall", "");
        assertThat(c.restore(snapshot)).contains("brass-lamp", "bob");
        assertThat(c.problems()).isEmpty();
    }
}
