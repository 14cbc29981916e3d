package brass.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDBC database: embedded H2 in the data folder by default, or any JDBC URL (PostgreSQL).
 *
 * <p>A small fixed pool of connections, borrowed by the worker threads that run store work (never
 * the game loop). Opening turns the usual failures (a database another process holds open, a
 * damaged file, a server that is down) into one sentence instead of a stack trace.
 *
 * <p>A pool that outlives its database's faults: when a connection turns out to be gone (H2 closes
 * the whole database when a write fails, for instance on a full disk: see {@link StoreFaults}),
 * every connection of the pool is opened again the next time it is borrowed, so the server
 * recovers by itself once the fault is mended, instead of failing every transaction until it
 * restarts. A connection that cannot be opened fails that transaction only; the next one tries
 * again (a read tries again itself: see {@link #read}). On H2 the writing transactions run one at
 * a time (see {@code writing}), and nothing waits longer than 30 s for a connection or a write.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final String url;
    private final String user;
    private final String password;
    private final BlockingQueue<Slot> idle;
    private final List<Slot> all = new ArrayList<>();
    // Raised when a connection is found gone: every slot opened before it opens a new connection.
    private final AtomicLong generation = new AtomicLong();
    // On H2, the writing transactions, one at a time. H2 syncs (CHECKPOINT SYNC, after every
    // commit here) holding its database's monitor while it waits for its store's lock, but a write
    // that fails (a full disk) closes the database from inside the store's lock, and that needs
    // the monitor: one transaction syncing while another's write fails deadlock both for good
    // (caught in a thread dump under load: both workers stuck, every later transaction waiting).
    // Reads never write, so they run beside a write.
    private final ReentrantLock writing = new ReentrantLock(true);
    // Whether a loss was logged since the last transaction that committed: one warning per outage.
    private volatile boolean lossLogged;
    private volatile boolean closed;

    /** One place in the pool: its connection (null until opened again) and the generation it was opened in. */
    private static final class Slot {
        volatile Connection connection;
        volatile long generation;
    }

    private Database(String url, String user, String password, int poolSize) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.idle = new ArrayBlockingQueue<>(poolSize);
    }

    /** The default embedded database in {@code dataDir} ({@code brass.mv.db}). */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("brass")
                + ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Opens the database and migrates its schema to the newest version. Refuses a database that
     * can only be read (H2 opens a file it may not write read-only, and then every checkpoint would fail).
     */
    public static Database open(String url, String user, String password, int poolSize) throws StoreException {
        if (url.startsWith("jdbc:h2:file:")) {
            Path file = Path.of(url.substring("jdbc:h2:file:".length()).split(";", 2)[0]);
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (Exception e) {
                throw new StoreException("cannot create the data folder " + file.getParent() + ": " + e.getMessage(), e);
            }
        }
        Database db = new Database(url, user, password, poolSize);
        try {
            for (int i = 0; i < poolSize; i++) {
                Slot slot = new Slot();
                slot.connection = db.connect();
                db.all.add(slot);
                db.idle.add(slot);
            }
            if (db.all.get(0).connection.isReadOnly()) {
                throw new StoreException("the database " + db.describeLocation() + " can only be read, not written"
                        + " (is the file, its folder or the file system read-only?): every checkpoint would fail");
            }
            Migrations.migrate(db);
        } catch (SQLException e) {
            db.close();
            throw new StoreException(explain(e), e);
        } catch (StoreException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private String describeLocation() {
        return url.startsWith("jdbc:h2:file:") ? url.substring("jdbc:h2:file:".length()).split(";", 2)[0] + ".mv.db"
                : url.split(";", 2)[0];
    }

    private Connection connect() throws StoreException {
        try {
            return openConnection();
        } catch (SQLException e) {
            throw new StoreException(explain(e), e);
        }
    }

    private Connection openConnection() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setAutoCommit(false);
        return c;
    }

    /** Turns a failure to open into advice. */
    static String explain(SQLException e) {
        String msg = String.valueOf(e.getMessage());
        String lower = msg.toLowerCase();
        // 90020 is H2's DATABASE_ALREADY_OPEN.
        if (e.getErrorCode() == 90020 || lower.contains("locked by another process")
                || lower.contains("database may be already in use")) {
            return "the database is in use by another process (is another Brass server running on the same data"
                    + " folder?): " + StoreFaults.firstLine(msg);
        }
        // 90040 is H2's ADMIN_RIGHTS_REQUIRED: CHECKPOINT SYNC, run after every commit, needs them.
        if (e.getErrorCode() == 90040) {
            return "the database user must be an admin of the H2 database: Brass syncs every commit to the disk"
                    + " (CHECKPOINT SYNC), which H2 lets only an admin do";
        }
        if (lower.contains("file corrupted") || lower.contains("corrupt") || lower.contains("mvstoreexception")) {
            return "the database file is damaged: " + StoreFaults.firstLine(msg)
                    + ". Restore the latest backup (see docs/OPERATIONS.md) or move the file aside to start afresh.";
        }
        if (lower.contains("connection refused") || lower.contains("connection attempt failed")) {
            return "cannot reach the database server: " + StoreFaults.firstLine(msg);
        }
        if (lower.contains("password authentication failed") || lower.contains("wrong user name or password")) {
            return "the database refused the user name or password: " + StoreFaults.firstLine(msg);
        }
        return "cannot open the database: " + StoreFaults.firstLine(msg);
    }

    /** Work done in one transaction on a borrowed connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in a transaction: committed, and on the disk, when it returns (see
     * {@link #onDisk}); rolled back when it throws.
     * Blocks, so call it from a worker thread (reactor.offload), never from the game loop. When the
     * failure shows the database gone, the pool opens new connections for the transactions after.
     */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        return run(work, true);
    }

    /**
     * Runs {@code work}, which only reads, in a transaction that is rolled back, never committed:
     * H2 writes what it holds unsaved at any commit, so a read that committed would fail on a full
     * disk (and close the database again), where a read that rolls back succeeds. A read never
     * fails for another transaction's failed write: when the database breaks under it (closed by a
     * failed write, which H2 may report to whichever connection touches the database next, even one
     * that is only being opened, as that write's own error), it is tried again on a new
     * connection, up to {@value #READ_ATTEMPTS} times in all. Blocking, like {@link #inTransaction}.
     */
    public <T> T read(Work<T> work) throws SQLException {
        SQLException earlier = null;
        for (int attempt = 1; ; attempt++) {
            long before = generation.get();
            try {
                return run(work, false);
            } catch (SQLException e) {
                boolean brokenUnder = e instanceof ConnectFailed || StoreFaults.connectionLost(e)
                        || StoreFaults.storeFailed(e) || generation.get() != before;
                if (earlier != null) {
                    e.addSuppressed(earlier);
                }
                if (!brokenUnder || attempt == READ_ATTEMPTS) {
                    throw e;
                }
                earlier = e;
                log.debug("a read found the database broken under it ({}); trying again on a new connection",
                        StoreFaults.describe(e));
            }
        }
    }

    /** How many times a read is tried while the database keeps breaking under it. */
    static final int READ_ATTEMPTS = 3;

    /** A connection could not be opened: nothing of the work ran. */
    private static final class ConnectFailed extends SQLException {
        ConnectFailed(SQLException cause) {
            super("could not open a database connection: " + cause.getMessage(), cause.getSQLState(),
                    cause.getErrorCode(), cause);
        }
    }

    private <T> T run(Work<T> work, boolean commit) throws SQLException {
        if (closed) {
            throw new SQLException("the database is closed");
        }
        boolean oneAtATime = commit && isH2();
        if (oneAtATime) {
            startWriting();
        }
        try {
            Slot slot = borrow();
            try {
                return runOn(slot, work, commit);
            } finally {
                idle.add(slot);
            }
        } finally {
            if (oneAtATime) {
                writing.unlock();
            }
        }
    }

    private void startWriting() throws SQLException {
        try {
            if (!writing.tryLock(30, TimeUnit.SECONDS)) {
                throw new SQLException("another write held the database for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for another write to the database", e);
        }
    }

    private Slot borrow() throws SQLException {
        Slot slot;
        try {
            slot = idle.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
        if (slot == null) {
            throw new SQLException("no database connection became free within 30 s");
        }
        return slot;
    }

    /**
     * The work on the slot's connection. A connection whose database failed inside (gone, or H2's
     * general error: a failed write closes its whole database) is dropped, not rolled back: H2
     * rolling back on a store that failed in a commit can throw its own AssertionError, or, run
     * without assertions as in production, spin for ever (its version counter is left spent).
     * So is one whose driver threw an Error. Either way the slot opens a new connection next time.
     */
    private <T> T runOn(Slot slot, Work<T> work, boolean commit) throws SQLException {
        Connection c;
        try {
            c = ready(slot);
        } catch (SQLException e) {
            throw new ConnectFailed(e);
        }
        try {
            T result = work.run(c);
            if (commit) {
                c.commit();
                onDisk(c);
                lossLogged = false;
            } else {
                c.rollback();
            }
            return result;
        } catch (SQLException e) {
            if (StoreFaults.connectionLost(e) || StoreFaults.storeFailed(e)) {
                lost(slot, e);
            } else {
                rollbackOrDrop(slot, c, e);
            }
            throw e;
        } catch (RuntimeException e) {
            rollbackOrDrop(slot, c, e);
            throw e;
        } catch (Error e) {
            lost(slot, e);
            throw e;
        }
    }

    private void rollbackOrDrop(Slot slot, Connection c, Exception e) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException rollback) {
            // A connection that cannot even roll back is of no more use.
            e.addSuppressed(rollback);
            lost(slot, rollback);
        }
    }

    /**
     * Makes what {@code c} committed durable: on the disk, not only in the operating system's cache.
     * H2 writes a commit into its file before {@code commit()} returns ({@code WRITE_DELAY=0}), but
     * syncs the file only when it compacts or closes, so a power cut or a crash of the machine could
     * still take back checkpoints the server had reported written; {@code CHECKPOINT SYNC} forces the
     * file to the disk (H2's advice for durability, with {@code WRITE_DELAY}). A sync that fails
     * fails the transaction, though what it committed may be in the file: the server then claims less
     * than it wrote, never more. PostgreSQL syncs its log at every commit itself.
     */
    private void onDisk(Connection c) throws SQLException {
        if (isH2()) {
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }

    /** The slot's connection, opened again if it is from before the database was last found gone. */
    private Connection ready(Slot slot) throws SQLException {
        if (slot.connection != null && slot.generation == generation.get()) {
            return slot.connection;
        }
        closeQuietly(slot);
        long now = generation.get();
        Connection c = openConnection();
        synchronized (this) {
            if (closed) {
                c.close();
                throw new SQLException("the database is closed");
            }
            slot.connection = c;
            slot.generation = now;
        }
        log.debug("database connection opened again");
        return c;
    }

    private void lost(Slot slot, Throwable why) {
        if (slot.generation == generation.get()) {
            generation.incrementAndGet();
        }
        if (!lossLogged) {
            lossLogged = true;
            log.warn("the database connection was lost ({}); the next transactions open new ones",
                    StoreFaults.describe(why));
        }
        closeQuietly(slot);
    }

    private static void closeQuietly(Slot slot) {
        Connection c = slot.connection;
        slot.connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // it was gone already
            }
        }
    }

    /**
     * Writes a consistent copy of the embedded database to {@code file} (a zip: H2's
     * {@code BACKUP TO}, run inside this database while it stays open), creating the file's folder.
     * Blocks: call it from a worker thread, never from the game loop.
     */
    public void backupTo(Path file) throws SQLException, java.io.IOException {
        if (!isH2()) {
            throw new SQLException("only the embedded H2 database is backed up by Brass; use pg_dump for PostgreSQL");
        }
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
            }
            return null;
        });
    }

    public String url() {
        return url;
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Slot slot : all) {
            Connection c = slot.connection;
            slot.connection = null;
            if (c == null) {
                continue;
            }
            try {
                c.close();
            } catch (SQLException e) {
                log.warn("closing a database connection failed: {}", e.getMessage());
            }
        }
    }
}
