package brass.server.persist;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.server.store.Database;
import brass.world.build.TestPaths;
import brass.world.build.Worlds;
import brass.world.game.Game;
import brass.world.game.PlayerView;
import brass.world.game.PlayerSession;
import brass.world.model.Thing;
import brass.world.model.World;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    @TempDir
    Path data;

    private final ManualReactor reactor = new ManualReactor();
    private Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    private Database open() throws Exception {
        if (db != null) {
            db.close();
        }
        db = Database.open(Database.h2Url(data), "sa", "", 2);
        return db;
    }

    private Game freshGame() {
        return new Game(Worlds.load(TestPaths.defaultWorld()), reactor);
    }

    private static final class Lines implements PlayerView {
        final List<String> lines = new ArrayList<>();

        @Override
        public void send(String text) {
            lines.add(text);
        }
    }

    private Game restoredGame() throws Exception {
        WorldStore store = new WorldStore(open());
        Game game = freshGame();
        Restorer.restore(game, store.read());
        return game;
    }

    @Test
    void aCheckpointRestoresExactlyIntoAFreshWorld() throws Exception {
        WorldStore store = new WorldStore(open());
        Game game = freshGame();
        Checkpointer checkpointer = new Checkpointer(game, store, List.of());
        checkpointer.start(Duration.ofSeconds(1));
        PlayerSession alice = game.enter("Alice", new Lines());
        alice.perform("take tankard");
        alice.perform("north");
        reactor.advance(Duration.ofSeconds(1));
        assertThat(checkpointer.committedSequence()).isEqualTo(1);
        alice.perform("quit");
        reactor.advance(Duration.ofSeconds(1));
        assertThat(checkpointer.committedSequence()).isEqualTo(2);
        List<SavedThing> written = store.read();

        Game again = restoredGame();
        World w = again.world();
        assertThat(w.problems()).isEmpty();
        Thing aliceAgain = w.get(World.playerId("Alice"));
        assertThat(aliceAgain.location()).isEqualTo(w.limbo());
        Thing candle = w.find("tankard").orElseThrow();
        assertThat(candle.location()).isEqualTo(aliceAgain);
        // Every non-player thing is exactly where the checkpoint says.
        for (SavedThing s : written) {
            Thing t = w.get(s.id());
            if (s.playerName() == null && s.location() != null) {
                assertThat(t.location().id()).as(s.id()).isEqualTo(s.location());
            }
        }
        // Alice comes back where she left, holding the candle.
        Lines out = new Lines();
        again.enter("Alice", out);
        assertThat(String.join("\n", out.lines)).contains("Kitchen");
        assertThat(aliceAgain.contents()).contains(candle);
    }

    @Test
    void quietCheckpointsWriteNothingNewAndFailuresAreRetried() throws Exception {
        WorldStore store = new WorldStore(open());
        Game game = freshGame();
        Checkpointer checkpointer = new Checkpointer(game, store, List.of());
        checkpointer.start(Duration.ofSeconds(1));
        reactor.advance(Duration.ofSeconds(1));
        assertThat(checkpointer.committedSequence()).isEqualTo(1);
        db.close();
        game.enter("Bobby", new Lines()).perform("take tankard");
        reactor.advance(Duration.ofSeconds(1));
        reactor.advance(Duration.ofSeconds(1));
        // The database is gone: checkpoints fail, the game goes on, nothing was counted as saved.
        assertThat(checkpointer.committedSequence()).isEqualTo(1);
        assertThat(reactor.pendingTimers()).isPositive();
        db = null;
        Game restored = restoredGame();
        assertThat(restored.world().find(World.playerId("Bobby"))).isEmpty();
        assertThat(restored.world().get("tankard").location().id()).isNotEqualTo(World.playerId("Bobby"));
    }

    @Test
    void stateFromFilesThatChangedIsDroppedOrRehomed() throws Exception {
        WorldStore store = new WorldStore(open());
        List<SavedThing> rows = new ArrayList<>(List.of(
                new SavedThing("no-such-thing", "common-room", 1, Set.of(), null, null),
                new SavedThing("tankard", "demolished-room", 2, Set.of(), null, null),
                new SavedThing("player:carol", "demolished-room", 3, Set.of(), "Carol", null)));
        store.write(1, Instant.parse("2026-11-28T10:00:00Z"), rows, List.of(), rows.size());
        Game game = restoredGame();
        World w = game.world();
        assertThat(w.find("no-such-thing")).isEmpty();
        assertThat(w.get("tankard").location()).isEqualTo(w.startRoom());
        Thing carol = w.get("player:carol");
        assertThat(carol.location()).isEqualTo(w.limbo());
        game.enter("Carol", new Lines());
        assertThat(carol.location()).isEqualTo(w.startRoom());
        assertThat(w.problems()).isEmpty();
    }
    // A real failure of the database, not a stub: the checkpoint's bookkeeping table is gone, so
    // the transaction fails at its end, after the thing rows were written, and rolls back.
    private void breakStore() throws Exception {
        db.inTransaction(c -> c.createStatement().execute("ALTER TABLE checkpoints RENAME TO checkpoints_away"));
    }

    private void mendStore() throws Exception {
        db.inTransaction(c -> c.createStatement().execute("ALTER TABLE checkpoints_away RENAME TO checkpoints"));
    }

    /** What a full checkpoint of {@code game} would write, by id. */
    private static Map<String, SavedThing> wholeWorld(Game game) {
        Map<String, SavedThing> out = new TreeMap<>();
        for (Thing t : game.world().things()) {
            out.put(t.id(), SavedThing.of(t, game.returnRoom(t)));
        }
        return out;
    }

    private static void assertDatabaseIsTheWorld(WorldStore store, Game game, long sequence) throws Exception {
        Map<String, SavedThing> inDatabase = new TreeMap<>();
        for (SavedThing t : store.read()) {
            inDatabase.put(t.id(), t);
        }
        Map<String, SavedThing> expected = wholeWorld(game);
        assertThat(inDatabase).isEqualTo(expected);
        WorldStore.Committed last = store.lastCommitted().orElseThrow();
        assertThat(List.of(last.sequence(), (long) last.thingRows())).containsExactly(sequence, (long) expected.size());
    }

    /**
     * A fresh world restored from the database lists every place's contents as {@code game} does
     * (players wait in limbo; what {@code game} removed is still in the files, and where they put it).
     */
    private void assertRestoresInTheSameOrder(WorldStore store, Game game) throws Exception {
        Game again = freshGame();
        Restorer.restore(again, store.read());
        World w = game.world();
        for (Thing place : w.things()) {
            List<String> restored = again.world().get(place.id()).contents().stream()
                    .filter(t -> !t.isPlayer() && w.find(t.id()).isPresent()).map(Thing::id).toList();
            assertThat(restored).as("what %s holds, in order", place)
                    .isEqualTo(place.contents().stream().filter(t -> !t.isPlayer()).map(Thing::id).toList());
        }
    }

    @Test
    void aFailedWriteIsWrittenByTheNextTogetherWithWhatChangedSince() throws Exception {
        WorldStore store = new WorldStore(open());
        Game game = freshGame();
        World w = game.world();
        Checkpointer checkpointer = new Checkpointer(game, store, List.of());
        checkpointer.start(Duration.ofSeconds(1));
        PlayerSession ann = game.enter("Ann", new Lines());
        reactor.advance(Duration.ofSeconds(1));
        assertDatabaseIsTheWorld(store, game, 1);

        breakStore();
        ann.perform("take tankard");
        Thing gone = w.things().stream().filter(t -> !t.isActor() && !t.isRoom() && t != w.get("tankard"))
                .findFirst().orElseThrow();
        w.remove(gone);
        reactor.advance(Duration.ofSeconds(1));
        assertThat(checkpointer.committedSequence()).isEqualTo(1);
        assertThat(w.get("tankard").location()).isEqualTo(ann.actor());

        mendStore();
        PlayerSession ben = game.enter("Ben", new Lines());
        ben.perform("north");
        ann.perform("quit");
        reactor.advance(Duration.ofSeconds(1));
        assertThat(checkpointer.committedSequence()).isEqualTo(2);
        // The tankard and the removal from the failed checkpoint, and Ben and Ann's return room from this one.
        Map<String, SavedThing> rows = new TreeMap<>();
        store.read().forEach(t -> rows.put(t.id(), t));
        assertThat(rows.get("tankard").location()).isEqualTo(World.playerId("Ann"));
        assertThat(rows).doesNotContainKey(gone.id());
        assertThat(rows.get(World.playerId("Ann")).returnRoom()).isNotNull();
        assertThat(rows).containsKey(World.playerId("Ben"));
        assertDatabaseIsTheWorld(store, game, 2);
    }

    @Test
    void afterEveryCheckpointThatCommitsTheDatabaseIsTheWholeWorld() throws Exception {
        List<String> lines = List.of("take all", "drop all", "n", "s", "e", "w", "u", "d", "in", "out",
                "take tankard", "open door", "close door", "light candle", "extinguish candle", "put all in box",
                "quit", "unlock door with key", "lock door with key", "take key");
        List<String> names = List.of("Ann", "Ben", "Cal");
        SplittableRandom random = new SplittableRandom(20261128);
        WorldStore store = new WorldStore(open());
        // Start from a database that has rows the world files no longer define: the first
        // (full) checkpoint removes them.
        List<SavedThing> old = List.of(new SavedThing("no-such-thing", "common-room", 1, Set.of(), null, null));
        store.write(1, Instant.parse("2026-11-28T10:00:00Z"), old, List.of(), old.size());
        Game game = freshGame();
        Restorer.restore(game, store.read());
        World w = game.world();
        Checkpointer checkpointer = new Checkpointer(game, store, store.read());
        checkpointer.start(Duration.ofSeconds(1));
        Map<String, PlayerSession> seats = new TreeMap<>();
        long committed = 0;
        int failed = 0;
        for (int second = 0; second < 150; second++) {
            boolean fail = second > 0 && random.nextInt(3) == 0;
            if (fail) {
                breakStore();
            }
            for (int i = random.nextInt(6); i > 0; i--) {
                if (random.nextInt(40) == 0) {
                    List<Thing> removable = w.things().stream().filter(t -> !t.isActor() && t != w.limbo()).toList();
                    w.remove(removable.get(random.nextInt(removable.size())));
                    continue;
                }
                String name = names.get(random.nextInt(names.size()));
                PlayerSession s = seats.get(name);
                if (s == null || !s.isOpen()) {
                    s = game.enter(name, new Lines());
                    seats.put(name, s);
                }
                s.perform(lines.get(random.nextInt(lines.size())));
            }
            reactor.advance(Duration.ofSeconds(1));
            if (fail) {
                assertThat(checkpointer.committedSequence()).isEqualTo(committed);
                failed++;
                mendStore();
            } else {
                // After failures the next try waits longer (1, 2, 4... s): wait for it.
                while (checkpointer.failuresInARow() > 0) {
                    reactor.advance(Duration.ofSeconds(1));
                }
                committed++;
                assertThat(checkpointer.committedSequence()).isEqualTo(committed);
                assertDatabaseIsTheWorld(store, game, committed);
                if (second % 10 == 0) {
                    assertRestoresInTheSameOrder(store, game);
                }
            }
            assertThat(w.problems()).isEmpty();
        }
        assertThat(failed).isGreaterThan(20);
    }
}
