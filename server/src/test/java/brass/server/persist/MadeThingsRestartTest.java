package brass.server.persist;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.server.store.Database;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldBuilder;
import brass.world.build.Worlds;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.game.PlayerSession;
import brass.world.game.PlayerView;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.reload.ReloadReport;
import brass.world.reload.Reloader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Things made at run time from prototypes, and things of the files destroyed at run time, across
 * restarts: each "restart" builds the world afresh from the files and restores it from the H2
 * database the checkpoints wrote, as the server does at start, with its reactions running.
 */
class MadeThingsRestartTest {

    static final String HALL = """
            area: The Hall
            reset: {every: 10m, mode: always}
            rooms:
              hall:
                description: A hall.
            things:
              bell:
                description: A bell.
                fixed: true
                in: hall
                reactions:
                  - on: {says: make}
                    do:
                      - show: A candle appears.
                      - create: {prototype: candle, in: here}
              vase:
                description: A vase.
                in: hall
                reactions:
                  - on: dropped
                    do:
                      - show: The vase smashes.
                      - destroy: self
            prototypes:
              candle:
                name: candle
                description: A candle.
                light-source: true
            """;

    /** The same files with neither the prototype nor the reaction that makes things from it. */
    static final String WITHOUT_CANDLES = HALL.substring(0, HALL.indexOf("prototypes:")).replace("""
                reactions:
                  - on: {says: make}
                    do:
                      - show: A candle appears.
                      - create: {prototype: candle, in: here}
            """, "");

    @TempDir
    Path dir;

    @TempDir
    Path data;

    private final ManualReactor reactor = new ManualReactor();
    private Database db;
    private Run run;

    /** One life of the server: the world from the files, restored from the database, reactions and checkpoints running. */
    private final class Run {
        final WorldDefinition definition = Worlds.definition(dir);
        final WorldStore store = new WorldStore(db);
        final Game game = new Game(WorldBuilder.build(definition), reactor);
        final World world = game.world();
        final Reloader reloader;
        final Checkpointer checkpointer;
        final List<PlayerSession> sessions = new ArrayList<>();

        Run() throws Exception {
            List<SavedThing> saved = store.read();
            Restorer.restore(game, saved, definition.prototypes());
            checkpointer = new Checkpointer(game, store, saved);
            checkpointer.start(Duration.ofSeconds(1));
            reloader = Reloader.start(game, dir, definition, StandardBehaviours.registry(), new SplittableRandom(1));
        }

        PlayerSession enter(String name) {
            PlayerSession s = game.enter(name, text -> { });
            sessions.add(s);
            return s;
        }

        /** What a script does to the candles here: counts, flags and lights them (through the scripts' effects). */
        void bless() {
            Thing hall = thing("hall");
            for (Thing c : List.copyOf(hall.contents())) {
                if (world.madeFrom(c).isPresent()) {
                    reloader.reactions().effects().setCounter(c, "burns", 3);
                    reloader.reactions().effects().setCounter(c, "blessed", 1);
                    reloader.reactions().effects().light(hall, c);
                }
            }
        }

        /** What a script's world.destroy does to the candles here. */
        void snuff() {
            for (Thing c : List.copyOf(thing("hall").contents())) {
                if (world.madeFrom(c).isPresent()) {
                    reloader.reactions().effects().destroy(c);
                }
            }
        }

        Thing thing(String id) {
            return world.find(id).orElse(null);
        }

        /** Every player quits, one last checkpoint is written, and every timer stops: the server stops. */
        void stop() {
            sessions.stream().filter(PlayerSession::isOpen).forEach(s -> s.perform("quit"));
            checkpointer.stopAndSave();
            reactor.runUntilIdle();
            reloader.reactions().stop();
            reloader.resets().stop();
            assertThat(world.problems()).isEmpty();
        }
    }

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("world.yaml"), "name: Test\nstart: hall\n");
        Files.writeString(dir.resolve("hall.yaml"), HALL);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private ReloadReport reload(Run r) {
        var done = r.reloader.reload();
        reactor.runUntilIdle();
        return done.join();
    }

    private Run restart() throws Exception {
        if (run != null) {
            run.stop();
        }
        if (db != null) {
            db.close();
        }
        db = Database.open(Database.h2Url(data), "sa", "", 2);
        run = new Run();
        return run;
    }

    @Test
    void aThingMadeByAReactionComesBackWhereItWasWithItsStateFlagsAndCounters() throws Exception {
        Run first = restart();
        PlayerSession alice = first.enter("Alice");
        alice.perform("say make");
        first.bless();
        Thing made = first.thing("candle:1");
        assertThat(made.location()).isEqualTo(first.thing("hall"));
        alice.perform("take candle");
        assertThat(made.location()).isEqualTo(alice.actor());
        alice.perform("say make");
        assertThat(first.thing("candle:2").location()).isEqualTo(first.thing("hall"));

        Run second = restart();
        Thing back = second.thing("candle:1");
        assertThat(back.location()).isEqualTo(second.thing(World.playerId("Alice")));
        assertThat(back.name()).isEqualTo("candle");
        assertThat(back.isLit()).isTrue();
        assertThat(second.world.counters().of(back)).isEqualTo(Map.of("blessed", 1L, "burns", 3L));
        assertThat(second.world.madeFrom(back)).contains("candle");
        Thing unlit = second.thing("candle:2");
        assertThat(unlit.location()).isEqualTo(second.thing("hall"));
        assertThat(unlit.isLit()).isFalse();
        PlayerSession again = second.enter("Alice");
        assertThat(again.actor().contents()).containsExactly(back);

        // Ids go on from where they were, and one is never given twice: not after a destroy either.
        again.perform("drop candle");
        second.snuff();
        assertThat(second.thing("candle:1")).isNull();
        assertThat(second.thing("candle:2")).isNull();
        again.perform("say make");
        assertThat(second.thing("candle:3").location()).isEqualTo(second.thing("hall"));

        Run third = restart();
        assertThat(third.world.things().stream().map(Thing::id).filter(id -> id.startsWith("candle:")))
                .containsExactly("candle:3");
        third.enter("Bob").perform("say make");
        assertThat(third.thing("candle:4")).isNotNull();
    }

    @Test
    void aThingOfTheFilesDestroyedStaysDestroyedAcrossRestartsUntilItsAreaResets() throws Exception {
        Run first = restart();
        PlayerSession alice = first.enter("Alice");
        alice.perform("take vase");
        alice.perform("drop vase");
        assertThat(first.thing("vase")).isNull();
        assertThat(first.world.destroyed()).containsExactly("vase");
        // A reload of the same files does not make it again either.
        assertThat(reload(first).added()).isEmpty();
        assertThat(first.thing("vase")).isNull();

        Run second = restart();
        assertThat(second.thing("vase")).isNull();
        reactor.advance(Duration.ofSeconds(1));
        // Twice: the full checkpoint after a restart keeps it destroyed too.
        Run third = restart();
        assertThat(third.thing("vase")).isNull();
        assertThat(third.world.destroyed()).containsExactly("vase");

        // The reset makes it again, and from then on it is an ordinary thing of the files.
        reactor.advance(Duration.ofMinutes(10));
        assertThat(third.thing("vase").location()).isEqualTo(third.thing("hall"));
        assertThat(third.world.destroyed()).isEmpty();
        Run fourth = restart();
        assertThat(fourth.thing("vase").location()).isEqualTo(fourth.thing("hall"));
        Thing gone = fourth.thing("vase");
        PlayerSession bob = fourth.enter("Bob");
        bob.perform("take vase");
        bob.perform("drop vase");
        assertThat(gone.isRemoved()).isTrue();
        assertThat(restart().thing("vase")).isNull();
    }

    @Test
    void aResetLeavesMadeThingsAloneAndAReloadKeepsThemOrDropsThemWithTheirPrototype() throws Exception {
        Run first = restart();
        PlayerSession alice = first.enter("Alice");
        alice.perform("say make");
        first.bless();
        Thing made = first.thing("candle:1");
        first.reloader.resets().resetNow("The Hall");
        assertThat(made.location()).isEqualTo(first.thing("hall"));
        assertThat(made.isLit()).isTrue();
        assertThat(first.world.counters().get(made, "burns")).isEqualTo(3);

        // A reload keeps it, lit and counted; its text follows its prototype.
        Files.writeString(dir.resolve("hall.yaml"), HALL.replace("description: A candle.",
                "description: A thick church candle."));
        ReloadReport kept = reload(first);
        assertThat(kept.removed()).isEmpty();
        assertThat(made.isRemoved()).isFalse();
        assertThat(made.description()).isEqualTo("A thick church candle.");
        assertThat(made.isLit()).isTrue();
        assertThat(first.world.counters().get(made, "blessed")).isEqualTo(1);

        // Without its prototype (and the reaction that made it) it goes, and the report (and the log) say so.
        Files.writeString(dir.resolve("hall.yaml"), WITHOUT_CANDLES);
        ReloadReport dropped = reload(first);
        assertThat(dropped.applied()).as(dropped.message()).isTrue();
        assertThat(dropped.removed()).containsExactly("candle:1");
        assertThat(made.isRemoved()).isTrue();
    }

    @Test
    void aRestartDropsAMadeThingWhosePrototypeIsGoneFromTheFiles() throws Exception {
        Run first = restart();
        first.enter("Alice").perform("say make");
        first.stop();
        run = null;
        Files.writeString(dir.resolve("hall.yaml"), HALL.replace("  candle:", "  taper:")
                .replace("prototype: candle", "prototype: taper"));
        Run second = restart();
        assertThat(second.thing("candle:1")).isNull();
        assertThat(second.world.problems()).isEmpty();
        // The full checkpoint after the restart takes its row away.
        reactor.advance(Duration.ofSeconds(1));
        assertThat(second.store.read().stream().map(SavedThing::id)).doesNotContain("candle:1");
        assertThat(second.store.read().stream().filter(s -> s.id().equals("limbo")).findFirst().orElseThrow()
                .counters()).isEqualTo(Map.of(World.MADE_COUNTER, 1L));
    }
}
