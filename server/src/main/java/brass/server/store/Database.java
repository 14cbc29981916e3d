package brass.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDBC database: embedded H2 in the data folder by default, or any JDBC URL (PostgreSQL).
 *
 * <p>A small fixed pool of connections, borrowed by the worker threads that run store work (never
 * the game loop). Opening turns the usual failures (a database another process holds open, a
 * damaged file, a server that is down) into one sentence instead of a stack trace.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final String url;
    private final String user;
    private final String password;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    private volatile boolean closed;

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

    /** Opens the database and migrates its schema to the newest version. */
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
                Connection c = db.connect();
                db.all.add(c);
                db.idle.add(c);
            }
            Migrations.migrate(db);
        } catch (StoreException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private Connection connect() throws StoreException {
        try {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw new StoreException(explain(e), e);
        }
    }

    /** Turns a failure to open into advice. */
    static String explain(SQLException e) {
        String msg = String.valueOf(e.getMessage());
        String lower = msg.toLowerCase();
        // 90020 is H2's DATABASE_ALREADY_OPEN.
        if (e.getErrorCode() == 90020 || lower.contains("locked by another process")
                || lower.contains("database may be already in use")) {
            return "the database is in use by another process (is another Brass server running on the same data"
                    + " folder?): " + firstLine(msg);
        }
        if (lower.contains("file corrupted") || lower.contains("corrupt") || lower.contains("mvstoreexception")) {
            return "the database file is damaged: " + firstLine(msg)
                    + ". Restore the latest backup (see docs/OPERATIONS.md) or move the file aside to start afresh.";
        }
        if (lower.contains("connection refused") || lower.contains("connection attempt failed")) {
            return "cannot reach the database server: " + firstLine(msg);
        }
        if (lower.contains("password authentication failed") || lower.contains("wrong user name or password")) {
            return "the database refused the user name or password: " + firstLine(msg);
        }
        return "cannot open the database: " + firstLine(msg);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Work done in one transaction on a borrowed connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in a transaction: committed when it returns, rolled back when it throws.
     * Blocks, so call it from a worker thread (reactor.offload), never from the game loop.
     */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        if (closed) {
            throw new SQLException("the database is closed");
        }
        Connection c;
        try {
            c = idle.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
        if (c == null) {
            throw new SQLException("no database connection became free within 30 s");
        }
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            idle.add(c);
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
            try (java.sql.Statement s = c.createStatement()) {
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
    public void close() {
        closed = true;
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException e) {
                log.warn("closing a database connection failed: {}", e.getMessage());
            }
        }
        all.clear();
    }
}
