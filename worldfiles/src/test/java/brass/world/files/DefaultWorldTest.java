package brass.world.files;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.files.definition.BehaviourDefinition;
import brass.world.files.definition.DoorState;
import brass.world.files.definition.ExitDefinition;
import brass.world.files.definition.Placement;
import brass.world.files.definition.RoomDefinition;
import brass.world.files.definition.ThingDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.model.Flag;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The world that ships must check clean and contain what the issue promises builders and players. */
class DefaultWorldTest {

    static CheckResult result;
    static WorldDefinition world;

    /** The repository root: the nearest folder, walking up from here, that holds worlds/default. */
    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("worlds/default"))) {
            here = here.getParent();
        }
        assertThat(here).as("a parent folder containing worlds/default").isNotNull();
        return here;
    }

    @BeforeAll
    static void check() {
        result = WorldChecker.check(repositoryRoot().resolve("worlds/default"));
        world = result.world().orElse(null);
    }

    @Test
    void checksWithoutErrorsOrWarnings() {
        assertThat(result.report()).endsWith("ok: 20 rooms, 55 things, 2 actors, 8 doors\n");
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(world.rooms()).hasSizeBetween(15, 30);
    }

    @Test
    void theStartRoomIsAMeetingPlace() {
        RoomDefinition start = world.rooms().get(world.start());
        assertThat(start.name()).isEqualTo("The Common Room");
        assertThat(start.area()).isEqualTo("The Tinker's Rest");
        assertThat(world.rooms().get("belfry").area()).isEqualTo("Clockwork Lane");
        assertThat(start.exits()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(world.actors().get("pembrook").room()).isEqualTo(world.start());
    }

    @Test
    void theBrassCockroachHasItsBehaviour() {
        ThingDefinition roach = world.things().get("brass-cockroach");
        BehaviourDefinition behaviour = roach.behaviours().get(0);
        assertThat(behaviour.name()).isEqualTo("cockroach");
        assertThat(behaviour.duration("interval")).isEqualTo(Duration.ofSeconds(4));
        assertThat(behaviour.decimal("leap-chance")).isEqualTo(0.6);
        assertThat(roach.synonyms()).contains("roach");
    }

    @Test
    void theTerrariumCanBeWatched() {
        ThingDefinition terrarium = world.things().get("terrarium");
        assertThat(terrarium.description()).contains("You could watch the terrarium.");
        BehaviourDefinition snakes = terrarium.behaviours().get(0);
        assertThat(snakes.name()).isEqualTo("snake-terrarium");
        assertThat(snakes.integer("snakes")).isEqualTo(3);
        assertThat(snakes.integer("max-snakes")).isEqualTo(6);
        assertThat(terrarium.is(Flag.FIXED)).as("inherited from the fixture prototype").isTrue();
    }

    @Test
    void theCellarIsDarkAndTheLampStartsUnlitInABox() {
        assertThat(world.rooms().get("cellar").is(Flag.DARK)).isTrue();
        ThingDefinition lamp = world.things().get("lamp");
        assertThat(lamp.flags()).contains(Flag.LIGHT_SOURCE).doesNotContain(Flag.LIT);
        assertThat(lamp.placement()).get().extracting(Placement::kind, Placement::target)
                .containsExactly(Placement.Kind.IN_THING, "box");
        assertThat(world.things().get("box").flags()).contains(Flag.CONTAINER, Flag.OPENABLE);
    }

    @Test
    void lockedDoorsHaveKeysThatExist() {
        var study = world.doors().get("study-door");
        assertThat(study.state()).isEqualTo(DoorState.LOCKED);
        assertThat(study.key()).contains("study-key");
        assertThat(world.things().get("study-key").is(Flag.KEY)).isTrue();
        var vault = world.doors().get("vault-door");
        assertThat(vault.name()).isEqualTo("iron door");
        assertThat(vault.first().room()).isEqualTo("cellar");
        assertThat(vault.second().room()).isEqualTo("wine-vault");
        var front = world.doors().get("front-door");
        assertThat(front.behaviours()).extracting(BehaviourDefinition::name).containsExactly("door-closes-after");
        assertThat(world.rooms().get("lane").exit("north")).get().extracting(ExitDefinition::door)
                .isEqualTo(java.util.Optional.of("front-door"));
    }

    @Test
    void prototypesAreAppliedAndOverridden() {
        ThingDefinition key = world.things().get("chest-key");
        assertThat(key.like()).contains("old-key");
        assertThat(key.name()).isEqualTo("silver key");
        assertThat(key.is(Flag.KEY)).isTrue();
        assertThat(world.things().keySet()).contains("candle-1", "candle-2", "candle-3");
        assertThat(world.things().get("candle-2").name()).isEqualTo("candle");
    }

    @Test
    void hasSurfacesContainersOneWayAndNamedExits() {
        assertThat(world.things().get("shelf").is(Flag.SURFACE)).isTrue();
        assertThat(world.things().get("chest").flags()).contains(Flag.CONTAINER, Flag.LOCKED);
        ExitDefinition chute = world.rooms().get("attic").exit("chute").orElseThrow();
        assertThat(chute.oneWay()).isTrue();
        assertThat(chute.direction()).isEmpty();
        assertThat(world.rooms().get("kitchen").exit("down")).get().extracting(ExitDefinition::door)
                .isEqualTo(java.util.Optional.of("trapdoor"));
        assertThat(world.things().get("silver-tray").placement().orElseThrow().kind())
                .isEqualTo(Placement.Kind.CARRIED_BY);
    }
}
