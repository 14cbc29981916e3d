package brass.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.Account;
import brass.protocols.account.AccountStore;
import brass.protocols.account.RoleChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAccountStoreTest {

    @TempDir
    Path data;

    private final ManualReactor reactor = new ManualReactor();

    private <T> T await(CompletionStage<T> stage) {
        CompletableFuture<T> f = stage.toCompletableFuture();
        reactor.runUntilIdle();
        assertThat(f).isDone();
        return f.join();
    }

    private Database open() throws StoreException {
        return Database.open(Database.h2Url(data), "sa", "", 2);
    }

    /** Runs {@code statements} in one transaction. */
    private static void execute(Database db, String... statements) throws java.sql.SQLException {
        db.inTransaction(c -> {
            try (var s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            return null;
        });
    }

    /** The first column of what {@code query} returns, as text, row by row. */
    private static List<String> column(Database db, String query) throws java.sql.SQLException {
        return db.inTransaction(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery(query)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void accountsRoundTripAndSurviveAReopen() throws Exception {
        long id;
        try (Database db = open()) {
            JdbcAccountStore store = new JdbcAccountStore(db, reactor);
            Account alice = await(store.create("Alice", "hash-a"));
            id = alice.id();
            assertThat(await(store.create("Zed", "hash-z")).roles()).isEmpty();
            assertThat(await(store.find("ALICE"))).contains(alice);
            assertThat(await(store.changeRole("alice", "builder", true))).isPresent();
            Account changed = alice.withPublicKeys(List.of("ssh-ed25519 AAAA one", "ssh-rsa BBBB two"))
                    .withLastLogin(Instant.parse("2026-11-27T10:00:00Z"));
            assertThat(await(store.update(changed)).roles()).containsExactly("builder");
            assertThat(await(store.count())).isEqualTo(2L);
        }
        try (Database db = open()) {
            JdbcAccountStore store = new JdbcAccountStore(db, reactor);
            Account again = await(store.find("alice")).orElseThrow();
            assertThat(again.id()).isEqualTo(id);
            assertThat(again.publicKeys()).containsExactly("ssh-ed25519 AAAA one", "ssh-rsa BBBB two");
            assertThat(again.roles()).containsExactly("builder");
            assertThat(again.lastLogin()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
            assertThat(await(store.find("nobody"))).isEqualTo(Optional.empty());
        }
    }

    @Test
    void theFirstAccountOnANewDatabaseHasNoRoles() throws Exception {
        try (Database db = open()) {
            assertThat(await(new JdbcAccountStore(db, reactor).create("Alice", "h")).roles()).isEmpty();
            List<Account> withRoles = db.inTransaction(JdbcAccountStore::withAnyRole);
            assertThat(withRoles).isEmpty();
        }
        try (Database db = open()) {
            assertThat(await(new JdbcAccountStore(db, reactor).find("alice")).orElseThrow().roles()).isEmpty();
        }
    }

    @Test
    void rolesChangeInOneStepAndASaveOfAnOlderCopyKeepsThem() throws Exception {
        try (Database db = open()) {
            JdbcAccountStore store = new JdbcAccountStore(db, reactor);
            Account read = await(store.create("Alice", "h"));
            await(store.create("Bobby", "h"));
            RoleChange admin = await(store.changeRole("ALICE", "admin", true)).orElseThrow();
            assertThat(admin.changed()).isTrue();
            assertThat(admin.before().roles()).isEmpty();
            assertThat(admin.after().roles()).containsExactly("admin");
            RoleChange builder = await(store.changeRole("alice", "builder", true)).orElseThrow();
            assertThat(builder.after().roles()).containsExactlyInAnyOrder("admin", "builder");
            assertThat(await(store.changeRole("alice", "builder", true)).orElseThrow().changed()).isFalse();
            // A login under way read the account before the grants; its save must not undo them.
            Account saved = await(store.update(read.withLastLogin(Instant.parse("2026-11-27T10:00:00Z"))));
            assertThat(saved.roles()).containsExactlyInAnyOrder("admin", "builder");
            boolean anAdmin = db.inTransaction(c -> JdbcAccountStore.anyoneHas(c, "admin"));
            assertThat(anAdmin).isTrue();
            assertThat(await(store.changeRole("alice", "admin", false)).orElseThrow().after().roles())
                    .containsExactly("builder");
            boolean stillAnAdmin = db.inTransaction(c -> JdbcAccountStore.anyoneHas(c, "admin"));
            assertThat(stillAnAdmin).isFalse();
            List<Account> withRoles = db.inTransaction(JdbcAccountStore::withAnyRole);
            assertThat(withRoles).extracting(Account::name).containsExactly("Alice");
            assertThat(await(store.changeRole("nobody", "admin", true))).isEmpty();
        }
    }

    @Test
    void takenNamesAreRefusedCaseInsensitively() throws Exception {
        try (Database db = open()) {
            JdbcAccountStore store = new JdbcAccountStore(db, reactor);
            await(store.create("Alice", "h"));
            CompletableFuture<Account> second = store.create("alice", "h2").toCompletableFuture();
            reactor.runUntilIdle();
            assertThatThrownBy(second::join).hasCauseInstanceOf(AccountStore.NameTakenException.class);
        }
    }

    @Test
    void aNameThatLooksLikeAnAccountsIsRefusedAndTheSameNameIsFoundInAnyForm() throws Exception {
        try (Database db = open()) {
            JdbcAccountStore store = new JdbcAccountStore(db, reactor);
            Account wizard = await(store.create("Wizard", "h"));
            assertThat(await(store.find("Ｗｉｚａｒｄ"))).contains(wizard);
            assertThat(await(store.findLookAlike("Wіzard"))).contains(wizard); // Cyrillic і
            assertThat(await(store.findLookAlike("Wizards"))).isEmpty();
            CompletableFuture<Account> like = store.create("Wіzard", "h2").toCompletableFuture();
            reactor.runUntilIdle();
            assertThatThrownBy(like::join).hasCauseInstanceOf(AccountStore.LookAlikeNameException.class);
            assertThat(await(store.create("ﬀoo", "h3")).name()).isEqualTo("Ffoo");
            assertThat(await(store.count())).isEqualTo(2L);
        }
    }

    @Test
    void accountsMadeBeforeSkeletonsGetThemAtStartAndOldKeysStillFindThem() throws Exception {
        String insert = "INSERT INTO accounts (name, name_key, password_hash, created_at) VALUES ";
        try (Database db = open()) {
            // As version 2 wrote them: the name as typed, its key lower-cased, no skeleton.
            execute(db, insert + "('Ｗｉｚａｒｄ', 'ｗｉｚａｒｄ', 'h', CURRENT_TIMESTAMP)",
                    insert + "('Wizard', 'wizard', 'h', CURRENT_TIMESTAMP)",
                    insert + "('Bob', 'bob', 'h', CURRENT_TIMESTAMP)",
                    insert + "('Ｂｏｂ', 'ｂｏｂ', 'h', CURRENT_TIMESTAMP)");
        }
        try (Database db = open()) {
            // The second Wizard (and Bob) looks like the first: it keeps its name, without a skeleton of its own.
            assertThat(column(db, "SELECT name_skeleton FROM accounts ORDER BY id")).containsExactly(brass.protocols.account.NameRules.skeleton("Wizard"), null,
                    brass.protocols.account.NameRules.skeleton("Bob"), null);
            JdbcAccountStore store = new JdbcAccountStore(db, reactor);
            assertThat(await(store.find("Ｗｉｚａｒｄ")).orElseThrow().name()).isEqualTo("Ｗｉｚａｒｄ");
            assertThat(await(store.find("wizard")).orElseThrow().name()).isEqualTo("Wizard");
            assertThat(await(store.findLookAlike("Воb")).orElseThrow().name()).isEqualTo("Bob"); // Cyrillic В, о
            CompletableFuture<Account> like = store.create("Wіzard", "h2").toCompletableFuture();
            reactor.runUntilIdle();
            assertThatThrownBy(like::join).hasCauseInstanceOf(AccountStore.LookAlikeNameException.class);
        }
    }

    @Test
    void migrationsAreRecordedByTheNumberInTheirNameAndAnEarlierOneMergedLaterStillApplies() throws Exception {
        assertThat(Migrations.version("V4__name_skeletons.sql")).isEqualTo(4);
        try (Database db = open()) {
            // A database that has version 4 but not 2 (as if made before 2 was merged).
            execute(db, "DROP TABLE world_things", "DROP TABLE checkpoints", "DELETE FROM brass_schema WHERE version = 2");
        }
        try (Database db = open()) {
            assertThat(column(db, "SELECT version FROM brass_schema ORDER BY version")).containsExactlyElementsOf(
                    Migrations.SCRIPTS.stream().map(s -> String.valueOf(Migrations.version(s))).toList());
            assertThat(column(db, "SELECT COUNT(*) FROM world_things")).containsExactly("0");
        }
    }

    @Test
    void aDatabaseInUseGivesAClearError() {
        // Within one JVM H2 shares an open database instead of refusing it, so the refusal another
        // process would get is built here as H2 reports it.
        java.sql.SQLException inUse = new java.sql.SQLException(
                "Database may be already in use: \"/srv/data/brass.mv.db\". Possible solutions: close all other"
                        + " connection(s); use the server mode [90020-252]", "90020", 90020);
        assertThat(Database.explain(inUse)).startsWith("the database is in use by another process");
    }

    @Test
    void aUserWhoMayNotSyncTheEmbeddedDatabaseIsRefusedWithAClearError() throws Exception {
        try (Database db = open()) {
            execute(db, "CREATE USER player PASSWORD 'secret'", "GRANT ALL ON SCHEMA public TO player");
        }
        assertThatThrownBy(() -> Database.open(Database.h2Url(data), "player", "secret", 1))
                .isInstanceOf(StoreException.class)
                .hasMessage("the database user must be an admin of the H2 database: Brass syncs every commit to the"
                        + " disk (CHECKPOINT SYNC), which H2 lets only an admin do");
        // What the message's advice in docs/OPERATIONS.md says to do.
        try (Database db = open()) {
            execute(db, "ALTER USER player ADMIN TRUE");
        }
        try (Database db = Database.open(Database.h2Url(data), "player", "secret", 1)) {
            assertThat(db.isH2()).isTrue();
        }
    }

    @Test
    void aDamagedFileGivesAClearError() throws Exception {
        Files.createDirectories(data);
        Files.write(data.resolve("brass.mv.db"), new byte[8192]);
        assertThatThrownBy(this::open)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void migrationsAreRecordedAndRunOnce() throws Exception {
        try (Database db = open()) {
            int v = db.inTransaction(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM brass_schema")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(v).isEqualTo(Migrations.SCRIPTS.size());
        }
        try (Database again = open()) {
            assertThat(again.isH2()).isTrue();
        }
    }

    @Test
    void scriptsSplitIntoStatements() {
        assertThat(Migrations.statements("-- c\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n y INT\n)");
    }
}
