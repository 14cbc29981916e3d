package brass.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.server.ThreadDump;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool against an H2 whose writes fail as on a full disk ({@link FullDisk}), with the
 * transactions lined up as a loaded server once had them: nobody is left waiting for good, and the
 * database works again once there is room.
 */
class DatabaseFaultsTest {

    @TempDir
    Path data;

    private Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(FullDisk.h2Url(data), "sa", "", 2);
        db.inTransaction(c -> update(c, "CREATE TABLE notes (id INT PRIMARY KEY)"));
    }

    @AfterEach
    void close() throws Exception {
        FullDisk.full = false;
        FullDisk.gate = null;
        // On a database stuck in H2 closing would wait for good: give up after a while instead.
        Thread closing = new Thread(db::close, "test-close-database");
        closing.setDaemon(true);
        closing.start();
        closing.join(TimeUnit.SECONDS.toMillis(20));
    }

    private static Void update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
        return null;
    }

    private static int count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM notes")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Runs {@code work} on a thread of its own, so that the test can see where it waits. */
    private static <T> CompletableFuture<T> onThread(String name, Database.Work<T> work, Database db, Thread[] thread) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(db.inTransaction(work));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        thread[0] = t;
        t.start();
        return result;
    }

    private static void awaitParked(Thread t) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (t.getState() == Thread.State.RUNNABLE || t.getState() == Thread.State.NEW) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(t.getName() + " never came to wait");
            }
            Thread.onSpinWait();
        }
    }

    private static <T> void awaitEnd(String what, CompletableFuture<T> f) throws InterruptedException {
        try {
            f.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            // Ending with an error is an answer; only waiting for good is not.
        } catch (TimeoutException e) {
            ThreadDump.print(what + " did not end within 20 s");
            throw new AssertionError(what + " did not end within 20 s (a thread dump is in the test's output)");
        }
    }

    /**
     * One transaction syncs its commit (CHECKPOINT SYNC: H2's database monitor, then its store's
     * lock) while another's write fails on the full disk (inside the store's lock, then the monitor
     * to close the database): run side by side, H2 deadlocks the two for good, and every later
     * transaction waits behind them. The pool runs writes on H2 one at a time, so both end.
     */
    @Test
    void aCommitThatSyncsBesideAWriteThatFailsEndsAndTheDatabaseRecovers() throws Exception {
        FullDisk.Gate gate = new FullDisk.Gate();
        FullDisk.full = true;
        FullDisk.gate = gate;
        Thread[] writer = new Thread[1];
        CompletableFuture<Void> failingWrite = onThread("test-failing-write",
                c -> update(c, "INSERT INTO notes VALUES (1)"), db, writer);
        assertThat(gate.awaitWriter()).as("the write reached the full disk").isTrue();

        Thread[] syncer = new Thread[1];
        // Writes nothing, so its commit is only the sync.
        CompletableFuture<Integer> syncing = onThread("test-syncing", DatabaseFaultsTest::count, db, syncer);
        awaitParked(syncer[0]);
        gate.release();

        awaitEnd("the failing write", failingWrite);
        awaitEnd("the syncing transaction", syncing);
        Throwable why = failingWrite.handle((ok, e) -> e).join();
        assertThat(why).isNotNull();
        assertThat(StoreFaults.diskFull(why)).as("failed for the full disk: %s", why).isTrue();

        FullDisk.full = false;
        db.inTransaction(c -> update(c, "INSERT INTO notes VALUES (2)"));
        assertThat(db.read(DatabaseFaultsTest::count)).isEqualTo(1);
    }

    /**
     * An Error out of the driver (H2 asserts on its own state after a failed write) leaves the
     * connection in an unknown state: the pool drops it instead of handing it to the next caller.
     */
    @Test
    void aConnectionWhoseDriverThrewAnErrorIsNotUsedAgain() throws Exception {
        Connection[] used = new Connection[1];
        assertThatThrownBy(() -> db.read(c -> {
            used[0] = c;
            throw new AssertionError("the driver's own check failed");
        })).isInstanceOf(AssertionError.class);
        Connection[] next = new Connection[2];
        db.read(c -> next[0] = c);
        db.read(c -> next[1] = c);
        assertThat(next).doesNotContain(used[0]);
        assertThat(used[0].isClosed()).isTrue();
    }
}
