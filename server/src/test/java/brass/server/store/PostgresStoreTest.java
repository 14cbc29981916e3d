package brass.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.Account;
import brass.server.TestWorlds;
import brass.server.persist.Checkpointer;
import brass.server.persist.Restorer;
import brass.server.persist.SavedThing;
import brass.server.persist.WorldStore;
import brass.world.build.Worlds;
import brass.world.game.Game;
import brass.world.game.Output;
import brass.world.model.Thing;
import brass.world.model.World;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
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
    void accountsAndCheckpointsRoundTrip() throws Exception {
        try (Database db = Database.open(URL, USER, PASSWORD, 2)) {
            assertThat(db.isH2()).isFalse();
            JdbcAccountStore accounts = new JdbcAccountStore(db, reactor);
            Account ada = await(accounts.create("Ada", "hash"));
            assertThat(ada.roles()).contains("admin");
            await(accounts.update(ada.withPublicKeys(List.of("ssh-ed25519 AAAA ada"))));
            assertThat(await(accounts.find("ADA")).orElseThrow().publicKeys()).containsExactly("ssh-ed25519 AAAA ada");

            WorldStore store = new WorldStore(db);
            Game game = new Game(Worlds.load(TestWorlds.defaultWorld()), reactor);
            Checkpointer checkpointer = new Checkpointer(game, store, List.of());
            checkpointer.start(Duration.ofSeconds(1));
            game.enter("Ada", new Output() {
                @Override
                public void send(String text) {
                }
            }).input("take tankard");
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

            Game again = new Game(Worlds.load(TestWorlds.defaultWorld()), reactor);
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
}
