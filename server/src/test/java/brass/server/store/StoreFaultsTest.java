package brass.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What a database failure means, for the failures H2 and PostgreSQL really give (see {@link StoreFaults}). */
class StoreFaultsTest {

    /** H2's first failure on a full disk, as it reports it. */
    private static SQLException h2WriteFailed(String ioMessage) {
        SQLException e = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to"
                + " sun.nio.ch.FileChannelImpl@6e38921c failed; length 20480 at 860160 [2.5.252/2]\"; SQL statement:\n"
                + "COMMIT [50000-252]", "HY000", 50000);
        e.initCause(new RuntimeException("Writing to sun.nio.ch.FileChannelImpl@6e38921c failed",
                new IOException(ioMessage)));
        return e;
    }

    @Test
    void aFullDiskIsSaidSoWhicheverDatabaseReportsIt() {
        assertThat(StoreFaults.diskFull(h2WriteFailed("No space left on device"))).isTrue();
        assertThat(StoreFaults.describe(h2WriteFailed("No space left on device")))
                .isEqualTo("the disk is full (No space left on device)");
        assertThat(StoreFaults.describe(h2WriteFailed("Disk quota exceeded")))
                .isEqualTo("the disk is full (Disk quota exceeded)");
        SQLException postgres = new SQLException("ERROR: could not extend file \"base/16384/16385\": No space left"
                + " on device\n  Hint: Check free disk space.", "53100", 0);
        assertThat(StoreFaults.diskFull(postgres)).isTrue();
        assertThat(StoreFaults.describe(postgres)).isEqualTo("the disk is full (ERROR: could not extend file"
                + " \"base/16384/16385\": No space left on device)");
    }

    @Test
    void aFileThatMayNotGrowIsNotCalledAFullDisk() {
        SQLException tooLarge = h2WriteFailed("File too large");
        assertThat(StoreFaults.diskFull(tooLarge)).isFalse();
        assertThat(StoreFaults.describe(tooLarge)).isEqualTo("the database file cannot be written (File too large)");
    }

    @Test
    void aDatabaseGoneIsToldFromOneThatRefusedAStatement() {
        assertThat(StoreFaults.connectionLost(new SQLException("The database has been closed [90098-252]", "90098",
                90098))).isTrue();
        assertThat(StoreFaults.connectionLost(new SQLException("Database is already closed [90121-252]", "90121",
                90121))).isTrue();
        assertThat(StoreFaults.connectionLost(new SQLException("An I/O error occurred while sending to the backend.",
                "08006", 0))).isTrue();
        assertThat(StoreFaults.connectionLost(new SQLException("terminating connection due to administrator command",
                "57P01", 0))).isTrue();
        assertThat(StoreFaults.connectionLost(h2WriteFailed("No space left on device"))).isFalse();
        assertThat(StoreFaults.connectionLost(new SQLException("Unique index or primary key violation", "23505",
                23505))).isFalse();
        assertThat(StoreFaults.describe(new SQLException("The database has been closed [90098-252]", "90098", 90098)))
                .isEqualTo("The database has been closed [90098-252]");
    }
}
