package brass.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.Account;
import brass.server.persist.Checkpointer;
import brass.server.persist.Restorer;
import brass.server.persist.SavedThing;
import brass.server.persist.WorldStore;
import brass.world.build.TestPaths;
import brass.world.build.Worlds;
import brass.world.game.Game;
import brass.world.game.PlayerView;
import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.World;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same store against a real PostgreSQL. {@code .ci/run} installs and starts one and sets
 * BRASS_TEST_POSTGRES_URL (with _USER and _PASSWORD); without it these tests say why and skip.
 */
class PostgresStoreTest {

    private static final String URL = System.getenv("BRASS_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("BRASS_TEST_POSTGRES_USER", "brass");
    private static final String PASSWORD = System.getenv().getOrDefault("BRASS_TEST_POSTGRES_PASSWORD", "brass");

    private final ManualReactor reactor = new ManualReactor();

    @BeforeEach
    void needsPostgres() throws Exception {
        if (URL == null || URL.isBlank()) {
            System.out.println("PostgresStoreTest skipped: BRASS_TEST_POSTGRES_URL is not set (.ci/run sets it"
                    + " after installing PostgreSQL)");
        }
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "BRASS_TEST_POSTGRES_URL is not set");
        // Migrations from empty: start every test on a clean schema.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(URL, USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    private <T> T await(CompletionStage<T> stage) {
        CompletableFuture<T> f = stage.toCompletableFuture();
        reactor.runUntilIdle();
        assertThat(f).isDone();
        return f.join();
    }

    @Test
    void bansRoundTrip() throws Exception {
        try (Database db = Database.open(URL, USER, PASSWORD, 2)) {
            JdbcBanStoreTest.bansRoundTrip(db);
        }
    }

    @Test
    void accountsAndCheckpointsRoundTrip() throws Exception {
        try (Database db = Database.open(URL, USER, PASSWORD, 2)) {
            assertThat(db.isH2()).isFalse();
            JdbcAccountStore accounts = new JdbcAccountStore(db, reactor);
            Account ada = await(accounts.create("Ada", "hash"));
            assertThat(ada.roles()).isEmpty();
            assertThat(await(accounts.changeRole("ada", "admin", true)).orElseThrow().after().roles())
                    .containsExactly("admin");
            await(accounts.update(ada.withPublicKeys(List.of("ssh-ed25519 AAAA ada"))));
            Account found = await(accounts.find("ADA")).orElseThrow();
            assertThat(found.publicKeys()).containsExactly("ssh-ed25519 AAAA ada");
            assertThat(found.roles()).containsExactly("admin");
            List<Account> withRoles = db.inTransaction(JdbcAccountStore::withAnyRole);
            assertThat(withRoles).extracting(Account::name).containsExactly("Ada");

            WorldStore store = new WorldStore(db);
            Game game = new Game(Worlds.load(TestPaths.defaultWorld()), reactor);
            Checkpointer checkpointer = new Checkpointer(game, store, List.of());
            checkpointer.start(Duration.ofSeconds(1));
            game.enter("Ada", new PlayerView() {
                @Override
                public void send(String text) {
                }
            }).perform("take tankard");
            reactor.advance(Duration.ofSeconds(1));
            assertThat(checkpointer.committedSequence()).isEqualTo(1);
            // A checkpoint of changes only, with a removal: the same SQL must hold on PostgreSQL.
            World first = game.world();
            Thing gone = first.things().stream().filter(t -> !t.isActor() && !t.isRoom() && t != first.get("tankard"))
                    .findFirst().orElseThrow();
            first.remove(gone);
            reactor.advance(Duration.ofSeconds(1));
            assertThat(checkpointer.committedSequence()).isEqualTo(2);
            assertThat(store.read()).hasSize(first.size()).noneMatch(t -> t.id().equals(gone.id()));
            WorldStore.Committed last = store.lastCommitted().orElseThrow();
            assertThat(List.of(last.sequence(), (long) last.thingRows())).containsExactly(2L, (long) first.size());
            assertThat(last.takenAt()).isEqualTo(checkpointer.lastWrittenAt().orElseThrow());
            // Each thing's arrival, which orders its place's contents, makes the round trip too.
            assertThat(store.read()).filteredOn(t -> t.id().equals("tankard")).extracting(SavedThing::arrival)
                    .containsExactly(first.get("tankard").arrival());

            // A thing made in play and a destroyed thing of the files make the round trip too (V11).
            List<SavedThing> played = List.of(new SavedThing("candle:7", "common-room", 99, Set.of(Flag.LIT), null,
                    null, Map.of("burns", 2L), "candle", false), SavedThing.destroyed("no-such-vase"));
            store.write(3, Instant.parse("2026-12-03T10:00:00Z"), played, List.of(), first.size() + 2);
            assertThat(store.read()).filteredOn(t -> t.id().equals("candle:7") || t.id().equals("no-such-vase"))
                    .containsExactlyInAnyOrderElementsOf(played);
            store.write(4, Instant.parse("2026-12-03T10:00:01Z"), List.of(), List.of("candle:7", "no-such-vase"),
                    first.size());

            Game again = new Game(Worlds.load(TestPaths.defaultWorld()), reactor);
            Restorer.restore(again, store.read());
            World w = again.world();
            assertThat(w.get("tankard").location().id()).isEqualTo(World.playerId("Ada"));
            assertThat(w.problems()).isEmpty();
        }
        // Opening again finds the schema current and migrates nothing.
        try (Database again = Database.open(URL, USER, PASSWORD, 1)) {
            int applied = again.inTransaction(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM brass_schema")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(applied).isEqualTo(Migrations.SCRIPTS.size());
        }
    }

    @Test
    void lookAlikeNamesAreRefusedAndOlderRowsGetTheirSkeletonsAtStart() throws Exception {
        try (Database db = Database.open(URL, USER, PASSWORD, 2)) {
            JdbcAccountStore accounts = new JdbcAccountStore(db, reactor);
            await(accounts.create("Wizard", "h"));
            CompletableFuture<Account> like = accounts.create("Wіzard", "h").toCompletableFuture(); // Cyrillic і
            reactor.runUntilIdle();
            org.assertj.core.api.Assertions.assertThatThrownBy(like::join)
                    .hasCauseInstanceOf(brass.protocols.account.AccountStore.LookAlikeNameException.class);
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    // Rows as version 2 wrote them: no skeleton; the second looks like the first.
                    s.execute("INSERT INTO accounts (name, name_key, password_hash, created_at)"
                            + " VALUES ('Bob', 'bob', 'h', CURRENT_TIMESTAMP)");
                    s.execute("INSERT INTO accounts (name, name_key, password_hash, created_at)"
                            + " VALUES ('Ｂｏｂ', 'ｂｏｂ', 'h', CURRENT_TIMESTAMP)");
                }
                return null;
            });
        }
        try (Database db = Database.open(URL, USER, PASSWORD, 2)) {
            JdbcAccountStore accounts = new JdbcAccountStore(db, reactor);
            assertThat(await(accounts.findLookAlike("Воb")).orElseThrow().name()).isEqualTo("Bob"); // Cyrillic В, о
            assertThat(await(accounts.find("Ｂｏｂ")).orElseThrow().name()).isEqualTo("Ｂｏｂ");
        }
    }
}
