package brass.server.persist;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.Account;
import brass.world.build.TestPaths;
import brass.server.store.Database;
import brass.server.store.FullDisk;
import brass.server.store.JdbcAccountStore;
import brass.server.store.StoreFaults;
import brass.world.build.Worlds;
import brass.world.game.Game;
import brass.world.game.PlayerView;
import brass.world.game.PlayerSession;
import brass.world.model.Thing;
import brass.world.model.World;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills up under a running server and is freed again: checkpoints fail, wait longer
 * between tries, keep every change in memory, and write it all once there is room, through a
 * database that H2 had closed and the pool opened again; accounts can be read meanwhile, and made
 * again afterwards. The disk is H2's own file layer made to fail as a full disk does ({@link FullDisk}).
 */
class DiskFullTest {

    @TempDir
    Path data;

    private final ManualReactor reactor = new ManualReactor();
    private Database db;

    @AfterEach
    void close() {
        FullDisk.full = false;
        if (db != null) {
            db.close();
        }
    }

    private static final class Quiet implements PlayerView {
        @Override
        public void send(String text) {
        }
    }

    private Game freshGame() {
        return new Game(Worlds.load(TestPaths.defaultWorld()), reactor);
    }

    private <T> CompletableFuture<T> run(java.util.concurrent.CompletionStage<T> stage) {
        CompletableFuture<T> f = stage.toCompletableFuture();
        reactor.runUntilIdle();
        assertThat(f).isDone();
        return f;
    }

    private static Map<String, SavedThing> rows(WorldStore store) throws SQLException {
        Map<String, SavedThing> out = new TreeMap<>();
        store.read().forEach(t -> out.put(t.id(), t));
        return out;
    }

    private static Map<String, SavedThing> wholeWorld(Game game) {
        Map<String, SavedThing> out = new TreeMap<>();
        game.world().things().forEach(t -> out.put(t.id(), SavedThing.of(t, game.returnRoom(t))));
        return out;
    }

    @Test
    void checkpointsFailWhileTheDiskIsFullLoseNothingAndWriteItAllWhenThereIsRoom() throws Exception {
        db = Database.open(FullDisk.h2Url(data), "sa", "", 2);
        WorldStore store = new WorldStore(db);
        JdbcAccountStore accounts = new JdbcAccountStore(db, reactor);
        Account zoe = run(accounts.create("Zoe", "hash-z")).join();
        Game game = freshGame();
        World w = game.world();
        List<String> heard = new ArrayList<>();
        Checkpointer checkpointer = new Checkpointer(game, store, List.of()).watch(new Checkpointer.SavingWatcher() {
            @Override
            public void savingFails(Throwable cause) {
                heard.add("fails: " + StoreFaults.describe(cause));
            }

            @Override
            public void savingWorksAgain(long failedAttempts) {
                heard.add("works again after " + failedAttempts);
            }
        });
        checkpointer.start(Duration.ofSeconds(1));
        PlayerSession ann = game.enter("Ann", new Quiet());
        ann.perform("take tankard");
        reactor.advance(Duration.ofSeconds(1));
        assertThat(checkpointer.committedSequence()).isEqualTo(1);
        Map<String, SavedThing> beforeTheDiskFilled = rows(store);
        assertThat(beforeTheDiskFilled).isEqualTo(wholeWorld(game));

        FullDisk.full = true;
        ann.perform("take candle");
        reactor.advance(Duration.ofSeconds(1));
        // What H2 says when its file cannot grow: error 50000 (HY000) at the commit, the IOException below it.
        assertThat(checkpointer.failuresInARow()).isEqualTo(1);
        assertThat(checkpointer.lastFailure()).isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(50000);
            assertThat(e.getSQLState()).isEqualTo("HY000");
        });
        assertThat(heard).containsExactly("fails: the disk is full (No space left on device)");

        // Meanwhile the game goes on: things move, a player arrives, a thing is taken out of the world.
        ann.perform("drop tankard");
        PlayerSession ben = game.enter("Ben", new Quiet());
        ben.perform("north");
        Thing gone = w.get("candle-2");
        w.remove(gone);

        // Retries wait 1, 2, 4, 8... s after each failure (doubling from the period, at most 30 s).
        long[] secondsUntilTheNextTry = {1, 2, 4, 8, 16, 30, 30};
        for (long wait : secondsUntilTheNextTry) {
            long failures = checkpointer.failuresInARow();
            reactor.advance(Duration.ofSeconds(wait - 1));
            assertThat(checkpointer.failuresInARow()).as("no try before %d s", wait).isEqualTo(failures);
            reactor.advance(Duration.ofSeconds(1));
            assertThat(checkpointer.failuresInARow()).as("a try after %d s", wait).isEqualTo(failures + 1);
        }
        assertThat(checkpointer.committedSequence()).isEqualTo(1);
        assertThat(rows(store)).isEqualTo(beforeTheDiskFilled);
        assertThat(heard).hasSize(1);

        // Reading works while the disk is full (the pool opens the closed database again); writing does not.
        assertThat(run(accounts.find("zoe")).join()).contains(zoe);
        CompletableFuture<Account> refused = accounts.create("Yann", "hash-y").toCompletableFuture();
        reactor.runUntilIdle();
        assertThat(refused).isCompletedExceptionally();
        assertThat(StoreFaults.describe(refused.handle((a, e) -> e).join()))
                .isEqualTo("the disk is full (No space left on device)");

        FullDisk.full = false;
        // The next try is 30 s after the last failure: room alone writes nothing before it.
        reactor.advance(Duration.ofSeconds(29));
        assertThat(checkpointer.failuresInARow()).isEqualTo(8);
        reactor.advance(Duration.ofSeconds(1));
        assertThat(checkpointer.failuresInARow()).isZero();
        assertThat(checkpointer.committedSequence()).isEqualTo(2);
        assertThat(heard).containsExactly("fails: the disk is full (No space left on device)", "works again after 8");
        // Everything that happened while the disk was full is in the database now.
        Map<String, SavedThing> after = rows(store);
        assertThat(after).isEqualTo(wholeWorld(game));
        assertThat(after.get("candle-1").location()).isEqualTo(World.playerId("Ann"));
        assertThat(after.get("tankard").location()).isNotEqualTo(World.playerId("Ann"));
        assertThat(after).containsKey(World.playerId("Ben")).doesNotContainKey("candle-2");
        assertThat(run(accounts.create("Yann", "hash-y")).join().name()).isEqualTo("Yann");
    }

    @Test
    void theFinalCheckpointSaysWhetherItWasWritten() throws Exception {
        db = Database.open(FullDisk.h2Url(data), "sa", "", 2);
        WorldStore store = new WorldStore(db);
        Game game = freshGame();
        Checkpointer checkpointer = new Checkpointer(game, store, List.of());
        checkpointer.start(Duration.ofSeconds(1));
        PlayerSession ann = game.enter("Ann", new Quiet());
        reactor.advance(Duration.ofSeconds(1));
        Map<String, SavedThing> written = rows(store);

        FullDisk.full = true;
        ann.perform("take tankard");
        CompletableFuture<Boolean> whileFull = run(checkpointer.stopAndSave());
        assertThat(whileFull.join()).isFalse();
        assertThat(checkpointer.committedSequence()).isEqualTo(1);
        assertThat(rows(store)).isEqualTo(written);
        assertThat(StoreFaults.describe(checkpointer.lastFailure())).isEqualTo("the disk is full (No space left on device)");
        assertThat(store.lastCommitted().map(WorldStore.Committed::takenAt)).isEqualTo(checkpointer.lastWrittenAt());

        FullDisk.full = false;
        CompletableFuture<Boolean> withRoom = run(checkpointer.stopAndSave());
        assertThat(withRoom.join()).isTrue();
        assertThat(rows(store)).isEqualTo(wholeWorld(game));
        assertThat(rows(store).get("tankard").location()).isEqualTo(World.playerId("Ann"));
        assertThat(store.lastCommitted().map(WorldStore.Committed::takenAt)).isEqualTo(checkpointer.lastWrittenAt());
        assertThat(checkpointer.lastWrittenAt()).isNotEqualTo(Optional.empty());
    }
}
