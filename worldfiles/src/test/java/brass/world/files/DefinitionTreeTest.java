package brass.world.files;

import static brass.world.files.TestWorlds.WORLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.world.behaviour.BehaviourRegistry;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldLoadException;
import brass.world.build.Worlds;
import brass.world.files.definition.DoorDefinition;
import brass.world.files.definition.DoorSide;
import brass.world.files.definition.DoorState;
import brass.world.files.definition.ExitDefinition;
import brass.world.files.definition.ThingDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.model.Direction;
import brass.world.model.Flag;
import brass.world.model.Gender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The definition tree a clean world turns into: resolved, defaulted, positioned and immutable. */
class DefinitionTreeTest {

    @TempDir
    Path dir;

    private WorldDefinition load(String... namesAndTexts) {
        TestWorlds.write(dir, namesAndTexts);
        return Worlds.definition(dir);
    }

    @Test
    void allThreeDoorFormsMakeTheSameKindOfDoor() {
        WorldDefinition world = load("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall:
                    description: A hall.
                    exits:
                      east: {to: study, door: study-door}
                      down: {to: cellar, door: {id: trap, name: trapdoor, state: open}}
                  study:
                    description: A study.
                    exits:
                      west: {to: hall, door: study-door}
                  cellar:
                    description: A cellar.
                    exits:
                      up: {to: hall, door: trap}
                  lane:
                    description: A lane.
                doors:
                  study-door: {name: study door, state: locked, key: brass-key}
                  front-door: {sides: {hall: s, lane: north}}
                things:
                  brass-key: {is-key: true, in: hall}
                """);
        DoorDefinition study = world.doors().get("study-door");
        assertThat(study.state()).isEqualTo(DoorState.LOCKED);
        assertThat(study.key()).contains("brass-key");
        assertThat(List.of(study.first(), study.second()))
                .containsExactly(new DoorSide("hall", "east"), new DoorSide("study", "west"));
        DoorDefinition trap = world.doors().get("trap");
        assertThat(trap.name()).isEqualTo("trapdoor");
        assertThat(trap.state()).isEqualTo(DoorState.OPEN);
        DoorDefinition front = world.doors().get("front-door");
        assertThat(front.name()).isEqualTo("door");
        assertThat(front.state()).isEqualTo(DoorState.CLOSED);
        ExitDefinition south = world.rooms().get("hall").exit("south").orElseThrow();
        assertThat(south.to()).isEqualTo("lane");
        assertThat(south.direction()).contains(Direction.SOUTH);
        assertThat(south.door()).contains("front-door");
        assertThat(world.rooms().get("lane").exit("north").orElseThrow().to()).isEqualTo("hall");
        assertThat(front.position()).isEqualTo(new SourcePosition(dir.resolve("a.yaml").toString(), 19, 3));
    }

    @Test
    void prototypeChainsOverrideFieldByField() {
        WorldDefinition world = load("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall: {description: A hall.}
                prototypes:
                  candle: {name: candle, adjectives: [wax], light-source: true, description: Wax.}
                  red-candle: {like: candle, adjectives: [red, wax], name: red candle}
                things:
                  c1: {like: red-candle, in: hall, lit: true}
                  c2: {like: c1, name: other candle}
                """);
        ThingDefinition c1 = world.things().get("c1");
        assertThat(c1.name()).isEqualTo("red candle");
        assertThat(c1.adjectives()).containsExactly("red", "wax");
        assertThat(c1.description()).isEqualTo("Wax.");
        assertThat(c1.flags()).containsExactlyInAnyOrder(Flag.LIGHT_SOURCE, Flag.LIT);
        assertThat(c1.like()).contains("red-candle");
        assertThat(c1.gender()).isEqualTo(Gender.NEUTER);
        ThingDefinition c2 = world.things().get("c2");
        assertThat(c2.name()).isEqualTo("other candle");
        assertThat(c2.placement().orElseThrow().target()).isEqualTo("hall");
        assertThat(c2.position().line()).isEqualTo(8);
    }

    @Test
    void namesDefaultToTheIdAndFlagsImplyEachOther() {
        WorldDefinition world = load("world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall: {description: "A {red}hall{/}."}
                things:
                  old-chest: {container: true, locked: true, key: k, in: hall}
                  k: {is-key: true, in: old-chest}
                actors:
                  butler: {in: hall}
                """);
        assertThat(world.rooms().get("hall").name()).isEqualTo("hall");
        assertThat(world.rooms().get("hall").area()).as("no area: name, so the file's path").isEqualTo("a");
        assertThat(world.rooms().get("hall").description()).isEqualTo("A {red}hall{/}.");
        ThingDefinition chest = world.things().get("old-chest");
        assertThat(chest.name()).isEqualTo("old chest");
        assertThat(chest.flags()).contains(Flag.LOCKED, Flag.LOCKABLE, Flag.OPENABLE)
                .doesNotContain(Flag.OPEN);
        assertThat(world.actors().get("butler").gender()).isEqualTo(Gender.PLURAL);
    }

    @Test
    void textPlayersReadIsKeptInParagraphsNotInTheFilesLines() {
        WorldDefinition world = load("world.yaml", """
                name: Test
                start: hall
                description: |
                  A test world,
                  in two lines.
                settings:
                  motd: |
                    Welcome.\\
                    Wipe your
                    feet.
                  port: |
                    4000
                """, "a.yaml", """
                rooms:
                  hall:
                    description: |
                      A long hall. Its line breaks are where
                      the builder's editor put them.

                      A second paragraph,
                      and a sign:
                        NO
                        ENTRY
                    exits:
                      north:
                        to: yard
                        description: |
                          Daylight
                          and wind.
                  yard:
                    description: >
                      Folded by YAML
                      already.
                    exits:
                      south: hall
                things:
                  notice:
                    description: |
                      {bold}CLOSED{/}\\
                      Back at noon.
                    in: hall
                """);
        assertThat(world.description()).isEqualTo("A test world, in two lines.");
        assertThat(world.settings()).containsEntry("motd", "Welcome.\nWipe your feet.")
                .as("other settings are the server's, as written").containsEntry("port", "4000\n");
        assertThat(world.rooms().get("hall").description()).isEqualTo("A long hall. Its line breaks are where the "
                + "builder's editor put them.\n\nA second paragraph, and a sign:\n  NO\n  ENTRY");
        assertThat(world.rooms().get("hall").exit("north").orElseThrow().description()).isEqualTo("Daylight and wind.");
        assertThat(world.rooms().get("yard").description()).isEqualTo("Folded by YAML already.");
        assertThat(world.things().get("notice").description()).isEqualTo("{bold}CLOSED{/}\nBack at noon.");
    }

    @Test
    void codeCanRegisterItsOwnBehaviours() {
        BehaviourRegistry registry = StandardBehaviours.registry().with(Chime.behaviour());
        assertThat(StandardBehaviours.registry().find("chime")).isEmpty();
        TestWorlds.write(dir, "world.yaml", WORLD, "a.yaml", """
                rooms:
                  hall: {description: A hall.}
                things:
                  clock: {in: hall, behaviours: [{chime: {sound: bong, loud: yes}}]}
                  bell: {in: hall, behaviours: chime}
                """);
        CheckResult result = new WorldChecker(registry).checkFolder(dir);
        assertThat(TestWorlds.lines(dir, result)).containsExactly(
                "a.yaml:5:32: error: behaviour 'chime' of thing 'bell' needs parameter 'sound'");
        TestWorlds.write(dir, "a.yaml", """
                rooms:
                  hall: {description: A hall.}
                things:
                  clock: {in: hall, behaviours: [{chime: {sound: bong, loud: yes}}]}
                """);
        var behaviour = new WorldChecker(registry).checkFolder(dir).world().orElseThrow()
                .things().get("clock").behaviours().get(0);
        assertThat(behaviour.parameters()).containsExactly(
                java.util.Map.entry("sound", "bong"), java.util.Map.entry("every", Duration.ofHours(1)),
                java.util.Map.entry("loud", true));
    }

    @Test
    void loadingThrowsTheCheckersReportAndWarningsDoNotStopIt() {
        TestWorlds.write(dir, "world.yaml", WORLD, "a.yaml", "rooms:\n  hall: {exits: {north: nowhere}}\n");
        CheckResult broken = WorldChecker.check(dir);
        assertThat(broken.report()).endsWith(dir + ": 1 error, 1 warning\n");
        assertThatThrownBy(() -> Worlds.definition(dir))
                .isInstanceOf(WorldLoadException.class)
                .hasMessage(broken.report())
                .satisfies(e -> assertThat(((WorldLoadException) e).result().exitCode()).isEqualTo(1));
        TestWorlds.write(dir, "a.yaml", "rooms:\n  hall: {}\n");
        CheckResult result = WorldChecker.check(dir);
        assertThat(result.exitCode()).isZero();
        assertThat(result.warningCount()).isEqualTo(1);
        assertThat(result.world()).isPresent();
        assertThat(result.report()).endsWith(dir + ": 0 errors, 1 warning\n");
        assertThat(Worlds.definition(dir).rooms()).containsOnlyKeys("hall");
    }

    @Test
    void definitionsAreImmutable() {
        WorldDefinition world = load("world.yaml", WORLD, "a.yaml", HALL_WITH_LAMP);
        assertThatThrownBy(() -> world.rooms().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> world.things().get("lamp").flags().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> world.things().get("lamp").behaviours().get(0).parameters().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(world.thing("lamp").map(ThingDefinition::key)).contains(Optional.empty());
    }

    private static final String HALL_WITH_LAMP = """
            rooms:
              hall: {description: A hall.}
            things:
              lamp: {light-source: true, in: hall, behaviours: [wander]}
            """;
}
