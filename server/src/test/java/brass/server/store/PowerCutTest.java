package brass.server.store;

import brass.world.model.Flag;
import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.Account;
import brass.server.persist.SavedThing;
import brass.server.persist.WorldStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server was told is written is on the disk, not only in the operating system's cache:
 * after a power cut ({@link PowerCut}: every file back to what it held at its last sync) the
 * database still has it. H2 writes a commit into its file before the commit returns, but syncs the
 * file only now and then (when it compacts, when it closes); Brass syncs after every commit.
 */
class PowerCutTest {

    @TempDir
    Path data;

    private final ManualReactor reactor = new ManualReactor();

    @AfterEach
    void powerBack() {
        PowerCut.restore();
    }

    /** Cuts the power under {@code db}, closes what is left of it, and brings the power back. */
    private static void cutThePowerUnder(Database db) throws Exception {
        PowerCut.cut();
        db.close();
        PowerCut.restore();
    }

    @Test
    void aCheckpointReportedWrittenIsThereAfterAPowerCut() throws Exception {
        Instant takenAt = Instant.parse("2026-12-02T10:00:00Z");
        List<SavedThing> rows = List.of(
                new SavedThing("lamp", "cellar", 3, Set.of(Flag.LIT), null, null),
                new SavedThing("tankard", "player:alice", 7, Set.of(), null, null));
        Database db = Database.open(PowerCut.h2Url(data), "sa", "", 2);
        new WorldStore(db).write(1, takenAt, rows, List.of(), 2);
        cutThePowerUnder(db);

        try (Database again = Database.open(PowerCut.h2Url(data), "sa", "", 1)) {
            WorldStore store = new WorldStore(again);
            assertThat(store.lastCommitted()).contains(new WorldStore.Committed(1, takenAt, 2));
            assertThat(store.read()).isEqualTo(rows);
        }
    }

    @Test
    void anAccountThePlayerWasToldAboutIsThereAfterAPowerCut() throws Exception {
        Database db = Database.open(PowerCut.h2Url(data), "sa", "", 2);
        CompletableFuture<Account> created = new JdbcAccountStore(db, reactor).create("Alice", "hash-a")
                .toCompletableFuture();
        reactor.runUntilIdle();
        long id = created.join().id();
        cutThePowerUnder(db);

        try (Database again = Database.open(PowerCut.h2Url(data), "sa", "", 1)) {
            CompletableFuture<java.util.Optional<Account>> found = new JdbcAccountStore(again, reactor).find("alice")
                    .toCompletableFuture();
            reactor.runUntilIdle();
            assertThat(found.join()).map(Account::id).contains(id);
        }
    }
}
