package brass.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.admin.Ban;
import brass.protocols.admin.BanTarget;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcBanStoreTest {

    @TempDir
    Path data;

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    /** Bans by name and by address, permanent and timed, replaced and removed: the same on H2 and PostgreSQL. */
    static void bansRoundTrip(Database db) throws Exception {
        JdbcBanStore store = new JdbcBanStore(db);
        assertThat(store.all()).isEmpty();
        Ban mallory = new Ban(BanTarget.parse("Mallory"), "spamming {red}", "Ada", NOW, null);
        Ban block = new Ban(BanTarget.parse("203.0.113.7/24"), "", "Ada", NOW.plusSeconds(1), NOW.plusSeconds(7200));
        Ban six = new Ban(BanTarget.parse("2001:db8:0:2::5"), "flood", "Bea", NOW.plusSeconds(2), NOW.plusSeconds(60));
        store.put(mallory);
        store.put(block);
        store.put(six);
        assertThat(store.all()).containsExactly(mallory, block, six);
        // Banned again: the new ban replaces the old one on the same target.
        Ban longer = new Ban(BanTarget.parse("203.0.113.0/24"), "again", "Bea", NOW.plusSeconds(3), null);
        store.put(longer);
        store.remove(BanTarget.parse("MALLORY"));
        store.remove(BanTarget.parse("198.51.100.1"));
        assertThat(store.all()).containsExactly(six, longer);
    }

    @Test
    void bansRoundTripAndSurviveAReopen() throws Exception {
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 2)) {
            bansRoundTrip(db);
        }
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 2)) {
            assertThat(new JdbcBanStore(db).all()).extracting(b -> b.target().text())
                    .containsExactly("2001:db8:0:2::/64", "203.0.113.0/24");
        }
    }

    @Test
    void aRowThatIsNoBanIsSkippedNotFatal() throws Exception {
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 2)) {
            db.inTransaction(c -> {
                try (var s = c.createStatement()) {
                    s.execute("INSERT INTO bans (kind, target, reason, banned_by, created_at)"
                            + " VALUES ('address', 'not an address', '', 'Ada', CURRENT_TIMESTAMP)");
                }
                return null;
            });
            JdbcBanStore store = new JdbcBanStore(db);
            Ban kept = new Ban(BanTarget.parse("Mallory"), "", "Ada", NOW, null);
            store.put(kept);
            assertThat(store.all()).isEqualTo(List.of(kept));
        }
    }
}
