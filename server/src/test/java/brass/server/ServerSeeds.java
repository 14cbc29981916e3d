package brass.server;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.Account;
import brass.protocols.account.PasswordHasher;
import brass.protocols.account.RoleChange;
import brass.server.config.ServerConfig;
import brass.server.store.Database;
import brass.server.store.JdbcAccountStore;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** What a test puts in a server's database before it starts: accounts with roles, as an operator grants them. */
final class ServerSeeds {

    private ServerSeeds() {
    }

    /** Makes the account {@code name} and grants it {@code roles} through the store, as {@code bin/brass admin grant} does. */
    static void account(ServerConfig config, String name, String password, String... roles) throws Exception {
        ManualReactor reactor = new ManualReactor();
        try (Database db = Database.open(config.jdbcUrl(), config.databaseUser(), config.databasePassword(), 1)) {
            JdbcAccountStore accounts = new JdbcAccountStore(db, reactor);
            CompletableFuture<Account> made = accounts.create(name, new PasswordHasher().hash(password))
                    .toCompletableFuture();
            reactor.runUntilIdle();
            made.join();
            for (String role : roles) {
                CompletableFuture<Optional<RoleChange>> granted = accounts.changeRole(name, role, true).toCompletableFuture();
                reactor.runUntilIdle();
                granted.join().orElseThrow();
            }
        }
    }
}
