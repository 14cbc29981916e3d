package brass.server.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * What a database failure means for the server: whether the connection (or the whole embedded
 * database) is gone and must be opened again, whether the disk is full, and a one-line reason an
 * operator can act on.
 *
 * <p>What H2 2.x does when its file cannot grow (seen with a full tmpfs, and with a file-size
 * limit, {@code ulimit -f}): the commit fails with error 50000 (SQL state HY000), "General error:
 * org.h2.mvstore.MVStoreException: Writing to ... failed", caused by the {@code IOException} "No
 * space left on device" (or "File too large"); H2 then closes the database, and every connection
 * to it answers 90098 "The database has been closed" from then on, even to a rollback, while
 * {@code isValid()} still says true. A new connection opens the database again (reading works even
 * while the disk is full) and, once there is room, writes again. PostgreSQL reports a full disk as
 * SQL state 53100 and keeps the connection.
 */
public final class StoreFaults {

    /** H2: the database has been closed (90098), closed at shutdown (90121), connection broken (90067). */
    private static final Set<Integer> H2_GONE = Set.of(90098, 90121, 90067);
    /** H2's GENERAL_ERROR_1. */
    private static final int H2_GENERAL_ERROR = 50000;
    /** PostgreSQL: the server shut down or is starting up. */
    private static final Set<String> POSTGRES_GONE = Set.of("57P01", "57P02", "57P03");

    private StoreFaults() {
    }

    /** Whether {@code e} says the connection, or the database behind it, is gone: open a new one. */
    public static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return H2_GONE.contains(e.getErrorCode())
                || (state != null && (state.startsWith("08") || POSTGRES_GONE.contains(state)));
    }

    /**
     * Whether {@code e} is H2 failing inside (its general error, 50000), not the statement: a write
     * to its file that failed, for one, which closes the whole database. The connection is of no
     * more use, and H2 may hand that error to any connection of the same database, even one being
     * opened, so a read that gets it did not fail by itself.
     */
    public static boolean storeFailed(SQLException e) {
        return e.getErrorCode() == H2_GENERAL_ERROR && "HY000".equals(e.getSQLState());
    }

    /** Whether {@code e}, or anything that caused it, says the disk (or the user's quota) is full. */
    public static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "53100".equals(sql.getSQLState())) {
                return true;
            }
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (msg.contains("no space left on device") || msg.contains("disk quota exceeded")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Why a database operation failed, in one line: the disk full, a file that cannot be written, or the database's own words. */
    public static String describe(Throwable e) {
        IOException io = null;
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException found) {
                io = found;
            }
        }
        if (diskFull(e)) {
            return "the disk is full (" + firstLine(io != null ? io.getMessage() : e.getMessage()) + ")";
        }
        if (io != null) {
            return "the database file cannot be written (" + firstLine(io.getMessage()) + ")";
        }
        Throwable shown = e;
        while (!(shown instanceof SQLException) && shown.getCause() != null && shown.getCause() != shown) {
            shown = shown.getCause();
        }
        return firstLine(String.valueOf(shown.getMessage()));
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
