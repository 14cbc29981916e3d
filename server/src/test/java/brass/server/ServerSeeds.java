package brass.server;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.Account;
import brass.protocols.account.PasswordHasher;
import brass.server.config.ServerConfig;
import brass.server.store.Database;
import brass.server.store.JdbcAccountStore;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** What a test puts in a server's database before it starts: accounts with roles, as an operator grants them. */
final class ServerSeeds {

    private ServerSeeds() {
    }

    /** Makes the account {@code name} with exactly {@code roles}, through the store. */
    static void account(ServerConfig config, String name, String password, String... roles) throws Exception {
        ManualReactor reactor = new ManualReactor();
        try (Database db = Database.open(config.jdbcUrl(), config.databaseUser(), config.databasePassword(), 1)) {
            JdbcAccountStore accounts = new JdbcAccountStore(db, reactor);
            CompletableFuture<Account> made = accounts.create(name, new PasswordHasher().hash(password))
                    .thenCompose(a -> accounts.update(a.withRoles(Set.of(roles)))).toCompletableFuture();
            reactor.runUntilIdle();
            made.join();
        }
    }
}
