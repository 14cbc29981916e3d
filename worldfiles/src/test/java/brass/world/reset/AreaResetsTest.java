package brass.world.reset;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldBuilder;
import brass.world.build.Worlds;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.game.PlayerSession;
import brass.world.game.Recorder;
import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.reload.Reloader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Areas that reset, as players and builders meet them: on a manual clock, with exact text. */
class AreaResetsTest {

    static final String HOUSE = """
            area: The House
            reset: {every: 10m, mode: when-empty}
            rooms:
              hall:
                description: A hall.
                exits: {east: study}
              study:
                description: A study.
                exits: {west: hall}
            doors:
              gate:
                name: gate
                description: A gate.
                sides: {hall: north, yard: south}
                state: closed
            things:
              vase: {description: A vase., in: hall}
              coin: {description: A coin., in: hall}
              key: {description: A key., is-key: true, in: hall}
              lamp: {description: A lamp., light-source: true, lit: true, in: hall}
              table: {description: A table., surface: true, fixed: true, in: study}
              chest: {description: A chest., container: true, lockable: true, locked: true, key: key, fixed: true,
                      in: study}
              gem: {description: A gem., in: chest}
            """;

    static final String YARD = """
            area: The Yard
            reset: {every: 10m, mode: always}
            rooms:
              yard:
                description: A yard.
            things:
              ball: {description: A ball., in: yard}
              bone: {description: A bone., carried-by: dog}
            actors:
              dog: {description: A dog., in: yard}
            """;

    @TempDir
    Path dir;

    ManualReactor reactor = new ManualReactor();
    World world;
    Game game;
    Reloader reloader;
    AreaResets resets;
    Recorder aliceOut = new Recorder();
    PlayerSession alice;
    List<AreaReset.Outcome> told = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Files.writeString(dir.resolve("world.yaml"), "name: Test\nstart: hall\n");
        Files.writeString(dir.resolve("house.yaml"), HOUSE);
        Files.writeString(dir.resolve("yard.yaml"), YARD);
        WorldDefinition definition = Worlds.definition(dir);
        world = WorldBuilder.build(definition);
        game = new Game(world, reactor);
        reloader = Reloader.start(game, dir, definition, StandardBehaviours.registry(), new SplittableRandom(1));
        resets = reloader.resets();
        resets.addHook(told::add);
        ResetCommand.install(game, resets, actor -> !actor.name().equals("Mallory"));
        alice = game.enter("alice", aliceOut);
        aliceOut.take();
    }

    Thing thing(String id) {
        return world.find(id).orElse(null);
    }

    String says(String line) {
        aliceOut.take();
        alice.perform(line);
        reactor.runUntilIdle();
        return aliceOut.take();
    }

    @Test
    void theFilesResetsRunEachOnItsOwnCountAwareLoop() {
        assertThat(resets.running()).containsExactlyInAnyOrder("The House", "The Yard");
        assertThat(resets.areas()).containsExactly("The House", "The Yard");
    }

    @Test
    void aResetPutsBackWhatMovedMakesAgainWhatIsGoneAndSetsStatesBackSeenByThoseThere() {
        says("take vase");
        says("take key");
        says("open gate");
        says("n");
        says("drop vase");
        world.remove(thing("coin"));
        thing("chest").states(Set.of(Flag.OPEN));
        thing("lamp").states(Set.of());
        thing("gem").moveTo(thing("table"));
        world.takeChanges();

        reactor.advance(Duration.ofMinutes(10));

        assertThat(aliceOut.take()).isEqualTo("The vase vanishes.\nThe gate swings shut.");
        assertThat(thing("vase").location().id()).isEqualTo("hall");
        assertThat(thing("coin").location().id()).as("made again").isEqualTo("hall");
        assertThat(thing("key").location()).as("a player's things stay with her").isSameAs(alice.actor());
        assertThat(thing("gem").location().id()).isEqualTo("chest");
        assertThat(thing("chest").is(Flag.LOCKED)).isTrue();
        assertThat(thing("chest").is(Flag.OPEN)).isFalse();
        assertThat(thing("lamp").is(Flag.LIT)).isTrue();
        assertThat(thing("gate").is(Flag.OPEN)).isFalse();
        assertThat(world.problems()).isEmpty();
        assertThat(world.takeChanges().changed()).extracting(Thing::id).as("checkpointed like any change")
                .contains("vase", "coin", "gem", "chest", "lamp", "gate");
        AreaReset.Outcome house = told.get(0);
        assertThat(house.area()).isEqualTo("The House");
        assertThat(house.rooms()).containsExactlyInAnyOrder("hall", "study");
        assertThat(house.things()).contains("vase", "coin", "gem", "chest", "gate").doesNotContain("ball", "dog");
        assertThat(List.of(house.movedBack(), house.madeAgain(), house.setBack())).containsExactly(3, 1, 3);
    }

    @Test
    void aWhenEmptyAreaWaitsWhileAPlayerIsInItAndAnAlwaysAreaDoesNot() {
        says("take vase");
        says("e");
        says("drop vase");
        says("w");
        says("open gate");
        says("n");
        says("take ball");
        says("s");
        says("drop ball");
        reactor.advance(Duration.ofMinutes(10));
        assertThat(resets.occupied("The House")).isTrue();
        assertThat(thing("vase").location().id()).as("alice is in the house").isEqualTo("study");
        assertThat(aliceOut.take()).as("the yard resets, and the ball leaves the hall before alice's eyes")
                .isEqualTo("The ball vanishes.\nThe gate swings shut.");
        assertThat(thing("ball").location().id()).isEqualTo("yard");
        assertThat(told).extracting(AreaReset.Outcome::area).containsExactly("The Yard");

        says("open gate");
        says("n");
        reactor.advance(Duration.ofMinutes(10));
        assertThat(thing("vase").location().id()).isEqualTo("hall");
        assertThat(aliceOut.take()).isEqualTo("The gate swings shut.");
    }

    @Test
    void anActorThatIsGoneComesBackAndWhatItCarriedGoesBackToIt() {
        says("open gate");
        says("n");
        world.remove(thing("dog"));
        aliceOut.take();
        reactor.advance(Duration.ofMinutes(10));
        assertThat(aliceOut.take()).isEqualTo("The gate swings shut.\nThe dog appears.\nThe bone is back with the dog.");
        assertThat(thing("bone").location()).isSameAs(thing("dog"));
        assertThat(world.problems()).isEmpty();
    }

    @Test
    void aStalledLoopResetsOnceWhenItCatchesUp() {
        says("open gate");
        says("n");
        reactor.advance(Duration.ofMinutes(35));
        assertThat(told).extracting(AreaReset.Outcome::area).containsExactly("The House", "The Yard");
        reactor.advance(Duration.ofMinutes(5));
        assertThat(told).hasSize(4);
    }

    @Test
    void buildersResetAnAreaByHandWhateverItsMode() {
        says("take vase");
        says("e");
        says("drop vase");
        assertThat(says("reset")).isEqualTo("The vase vanishes.\nReset The House: 1 moved back, 0 made again, 0 set back as written.");
        assertThat(thing("vase").location().id()).isEqualTo("hall");
        assertThat(says("reset the yard")).isEqualTo("Reset The Yard: 0 moved back, 0 made again, 0 set back as written.");
        assertThat(says("reset YARD")).startsWith("Reset The Yard:");
        assertThat(says("reset the")).isEqualTo("Which area do you mean: The House or The Yard?");
        assertThat(says("reset garden")).isEqualTo("There is no area called 'garden'. The areas are The House and The Yard.");
        assertThat(told).extracting(AreaReset.Outcome::area).containsExactly("The House", "The Yard", "The Yard");
    }

    @Test
    void onlyBuildersAndAdminsMayReset() {
        Recorder out = new Recorder();
        PlayerSession mallory = game.enter("mallory", out);
        out.take();
        mallory.perform("reset");
        assertThat(out.take()).isEqualTo("Only builders and admins may use 'reset'.");
        assertThat(told).isEmpty();
    }

    @Test
    void aReloadKeepsTheRhythmOfUnchangedResetsAndStopsThoseThatGo() throws IOException {
        reactor.advance(Duration.ofMinutes(5));
        Files.writeString(dir.resolve("yard.yaml"), YARD.replace("reset: {every: 10m, mode: always}\n", ""));
        reloader.apply(Worlds.definition(dir));
        assertThat(resets.running()).containsExactly("The House");
        says("open gate");
        says("n");
        reactor.advance(Duration.ofMinutes(5));
        assertThat(told).extracting(AreaReset.Outcome::area).as("still on the hour's tenths").containsExactly("The House");
    }

    @Test
    void playersSeeEachChangeWhereItHappens() {
        says("e");
        thing("chest").states(Set.of(Flag.OPEN));
        thing("gem").moveTo(thing("table"));
        assertThat(says("reset")).isEqualTo("The gem is back in the chest.\nThe chest swings shut and locks with a click."
                + "\nReset The House: 1 moved back, 0 made again, 1 set back as written.");
        says("w");
        thing("lamp").states(Set.of());
        assertThat(says("reset")).isEqualTo("The lamp flickers alight."
                + "\nReset The House: 0 moved back, 0 made again, 1 set back as written.");
    }

    @Test
    void eachStateChangeHasItsSentence() {
        Set<Flag> closed = Set.of();
        Set<Flag> open = Set.of(Flag.OPEN);
        Set<Flag> locked = Set.of(Flag.LOCKED);
        assertThat(StateChanges.describe(open, closed)).containsExactly("{subject} swings shut.");
        assertThat(StateChanges.describe(open, locked)).containsExactly("{subject} swings shut and locks with a click.");
        assertThat(StateChanges.describe(closed, open)).containsExactly("{subject} swings open.");
        assertThat(StateChanges.describe(locked, open)).containsExactly("{subject} unlocks with a click and swings open.");
        assertThat(StateChanges.describe(closed, locked)).containsExactly("{subject} locks with a click.");
        assertThat(StateChanges.describe(locked, closed)).containsExactly("{subject} unlocks with a click.");
        assertThat(StateChanges.describe(Set.of(Flag.LIT, Flag.OPEN), open)).containsExactly("{subject} goes out.");
        assertThat(StateChanges.describe(open, Set.of(Flag.LIT))).containsExactly("{subject} swings shut.",
                "{subject} flickers alight.");
    }
}
