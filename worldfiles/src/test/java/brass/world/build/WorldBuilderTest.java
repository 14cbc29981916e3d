package brass.world.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.world.files.definition.WorldDefinition;
import brass.world.model.Direction;
import brass.world.model.Exit;
import brass.world.model.Flag;
import brass.world.model.Gender;
import brass.world.model.Thing;
import brass.world.model.World;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldBuilderTest {

    @Test
    void theDefaultWorldRoundTrips() {
        WorldDefinition def = Worlds.definition(TestPaths.defaultWorld());
        World w = WorldBuilder.build(def);

        assertThat(w.problems()).isEmpty();
        // every definition became exactly one thing, plus limbo
        assertThat(w.size()).isEqualTo(1 + def.rooms().size() + def.doors().size() + def.things().size() + def.actors().size());
        def.rooms().keySet().forEach(id -> assertThat(w.get(id).isRoom()).isTrue());
        def.doors().keySet().forEach(id -> assertThat(w.get(id).isDoor()).isTrue());
        def.actors().keySet().forEach(id -> assertThat(w.get(id).isActor()).isTrue());
        def.things().values().forEach(t -> assertThat(w.get(t.id()).location().id())
                .as(t.id()).isEqualTo(t.placement().orElseThrow().target()));
        def.rooms().values().forEach(r -> assertThat(w.get(r.id()).exits().keySet()).as(r.id())
                .containsExactlyElementsOf(r.exits().stream().map(e -> e.name()).toList()));
        def.rooms().values().forEach(r -> r.exits().forEach(e -> {
            Exit built = w.get(r.id()).exit(e.name());
            assertThat(built.synonyms()).as(r.id() + " " + e.name()).isEqualTo(e.synonyms());
            assertThat(built.description()).as(r.id() + " " + e.name()).isEqualTo(e.description());
        }));

        assertThat(w.startRoom().id()).isEqualTo("common-room");
        assertThat(w.get("common-room").name()).isEqualTo("The Common Room");
        assertThat(w.get("cellar").isDark()).isTrue();

        Thing box = w.get("box");
        assertThat(box.isContainer()).isTrue();
        assertThat(box.isOpenable()).isTrue();
        assertThat(box.isOpen()).isFalse();
        assertThat(w.get("lamp").location()).isSameAs(box);
        assertThat(w.get("lamp").isLightSource()).isTrue();
        assertThat(w.get("lamp").isLit()).isFalse();

        Thing chest = w.get("chest");
        assertThat(chest.isFixed()).isTrue();
        assertThat(chest.isLocked()).isTrue();
        assertThat(chest.keyId()).isEqualTo("chest-key");
        assertThat(w.get("clockwork-heart").location()).isSameAs(chest);
        assertThat(w.get("clockwork-heart").description()).contains("{yellow}warm{/}");

        assertThat(w.get("silver-tray").location()).isSameAs(w.get("pembrook"));
        assertThat(w.get("pembrook").gender()).isEqualTo(Gender.MALE);
        assertThat(w.get("pembrook").isProperName()).isTrue();
        assertThat(w.get("tankard").location()).isSameAs(w.get("long-table"));
        assertThat(w.get("honey").isMassNoun()).isTrue();
        assertThat(w.get("candle-1").isLightSource()).isTrue();
        assertThat(w.get("candle-1").adjectives()).contains("wax", "tallow");

        // one door, shared by both sides
        Thing vaultDoor = w.get("vault-door");
        Exit north = w.get("cellar").exit(Direction.NORTH);
        Exit south = w.get("wine-vault").exit(Direction.SOUTH);
        assertThat(north.door()).isSameAs(vaultDoor).isSameAs(south.door());
        assertThat(vaultDoor.isLocked()).isTrue();
        assertThat(vaultDoor.keyId()).isEqualTo("iron-key");
        assertThat(w.get("front-door").isOpen()).isFalse();
        assertThat(w.get("front-door").isLockable()).isFalse();
        assertThat(w.get("common-room").exit(Direction.SOUTH).door()).isSameAs(w.get("front-door"));

        // The trapdoor is a door on the kitchen's way down, and the cellar's way up.
        Exit down = w.get("kitchen").exit(Direction.DOWN);
        assertThat(down.destination().id()).isEqualTo("cellar");
        assertThat(down.door()).isSameAs(w.get("trapdoor")).isSameAs(w.get("cellar").exit(Direction.UP).door());
        assertThat(w.get("trapdoor").isOpen()).isFalse();
        assertThat(down.synonyms()).containsExactly("ladder");
        assertThat(down.description()).isEqualTo("Below the trapdoor a ladder goes down into the dark. It smells of damp.");
        assertThat(w.get("kitchen").exitCalled("hatch")).as("a door's words name its exit").isSameAs(down);
        assertThat(w.get("kitchen").exitCalled("ladder")).isSameAs(down);
        assertThat(w.get("kitchen").exit(Direction.SOUTH).synonyms()).isEmpty();
        assertThat(w.get("kitchen").exit(Direction.SOUTH).description()).isEmpty();
    }

    @Test
    void theDocsExampleWorldRoundTrips() {
        World w = Worlds.load(TestPaths.exampleWorld());
        assertThat(w.problems()).isEmpty();
        assertThat(w.startRoom().id()).isEqualTo("porch");
        assertThat(w.get("porch").description()).contains("{yellow}yellow{/}");
        assertThat(w.get("front-door").isLocked()).isTrue();
        assertThat(w.get("hall").exit(Direction.SOUTH).door()).isSameAs(w.get("porch").exit(Direction.NORTH).door());
        assertThat(w.get("trowel").location()).isSameAs(w.get("gardener"));
        assertThat(w.get("gardener").gender()).isEqualTo(Gender.FEMALE);
        assertThat(w.get("candle-2").name()).isEqualTo("red candle");
        assertThat(w.get("candle-2").location()).isSameAs(w.get("toolbox"));
        assertThat(w.get("toolbox").isOpen()).isFalse();
        assertThat(w.get("brass-key").location()).isSameAs(w.get("workbench"));
        assertThat(w.get("shed").exit("chute").destination()).isSameAs(w.get("cellar"));
        assertThat(w.get("cellar").exit("chute")).isNull();
        assertThat(w.get("hall").exit("steps").description()).isEqualTo("The steps go down into the dark.");
        assertThat(w.get("cellar").exitCalled("stairs")).isSameAs(w.get("cellar").exit("steps"));
    }

    @Test
    void aBrokenWorldThrowsWithTheWholeReport(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("world.yaml"), "name: Broken\nstart: hall\nrooms:\n  hall:\n    exits: {north: kitchn}\n"
                + "  kitchen:\n    exits: {south: hall}\nthings:\n  lamp: {in: nowhere}\n");
        assertThatThrownBy(() -> Worlds.load(dir))
                .isInstanceOf(WorldLoadException.class)
                .hasMessageContaining("world.yaml:5:")
                .hasMessageContaining("did you mean 'kitchen'?")
                .hasMessageContaining("'nowhere'")
                .hasMessageContaining("2 errors");
    }

    /** Every flag the files may write, written true on a thing of its own, reaches that thing: a new flag needs no step here. */
    @Test
    void everyFlagTheFilesMayWriteReachesTheThingItIsWrittenOn(@TempDir Path dir) throws IOException {
        StringBuilder rooms = new StringBuilder("rooms:\n  hall: {description: A hall.}\n");
        StringBuilder actors = new StringBuilder("actors:\n");
        StringBuilder things = new StringBuilder("things:\n");
        for (Flag flag : Flag.writtenOn(Thing.Kind.ROOM)) {
            rooms.append("  room-").append(flag.word()).append(": {description: A room., ").append(flag.word())
                    .append(": true, exits: {south: hall}}\n");
        }
        for (Flag flag : Flag.writtenOn(Thing.Kind.ACTOR)) {
            actors.append("  actor-").append(flag.word()).append(": {in: hall, ").append(flag.word()).append(": true}\n");
        }
        for (Flag flag : Flag.writtenOn(Thing.Kind.OBJECT)) {
            // A state is written with the capability it needs.
            String capability = flag.capability().map(c -> c.word() + ": true, ").orElse("");
            // Only what an actor carries can be worn.
            String where = flag == Flag.WORN ? "carried-by: actor-" + Flag.PROPER_NAME.word() : "in: hall";
            things.append("  thing-").append(flag.word()).append(": {").append(where).append(", ").append(capability)
                    .append(flag.word()).append(": true}\n");
        }
        Files.writeString(dir.resolve("world.yaml"), "name: Flags\nstart: hall\n" + rooms + actors + things);
        World w = Worlds.load(dir);
        for (Thing.Kind kind : List.of(Thing.Kind.ROOM, Thing.Kind.ACTOR, Thing.Kind.OBJECT)) {
            String prefix = kind == Thing.Kind.OBJECT ? "thing-" : kind.name().toLowerCase(Locale.ROOT) + "-";
            for (Flag flag : Flag.writtenOn(kind)) {
                assertThat(w.get(prefix + flag.word()).is(flag)).as(prefix + flag.word()).isTrue();
            }
        }
        assertThat(w.get("thing-fixed").isOpen()).as("no flag written but its own").isTrue();
        assertThat(w.get("thing-openable").isOpen()).as("openable and not written open: closed").isFalse();
        assertThat(w.get("actor-proper-name").isProperName()).isTrue();
    }
}
