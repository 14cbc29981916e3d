package brass.server.store;

import brass.engine.reactor.Reactor;
import brass.protocols.account.Account;
import brass.protocols.account.AccountStore;
import brass.protocols.account.NameRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Accounts in the database. Every call runs on the reactor's worker pool and completes back on
 * the game loop; {@link #create} completes only after the transaction committed, so a player is
 * never told about an account a crash could lose.
 */
public final class JdbcAccountStore implements AccountStore {

    /** What the first account made on a new database may do. */
    public static final Set<String> FIRST_ACCOUNT_ROLES = Set.of("admin", "builder");

    private final Database db;
    private final Reactor reactor;

    public JdbcAccountStore(Database db, Reactor reactor) {
        this.db = db;
        this.reactor = reactor;
    }

    @Override
    public CompletionStage<Optional<Account>> find(String name) {
        String key = NameRules.key(name);
        return reactor.offload("find account", () -> db.read(c -> load(c, key)));
    }

    @Override
    public CompletionStage<Account> create(String name, String passwordHash) {
        String key = NameRules.key(name);
        // Stored to the microsecond, so keep no more than that in memory either.
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return reactor.offload("create account", () -> db.inTransaction(c -> {
            if (load(c, key).isPresent()) {
                throw new NameTakenException(name);
            }
            // The first account on a new database runs the place: it may reload the world.
            Set<String> roles = countAccounts(c) == 0 ? FIRST_ACCOUNT_ROLES : Set.of();
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO accounts (name, name_key, password_hash, roles, created_at) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, name);
                p.setString(2, key);
                p.setString(3, passwordHash);
                p.setString(4, String.join(",", roles));
                p.setTimestamp(5, Timestamp.from(now));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return new Account(keys.getLong(1), name, passwordHash, List.of(), roles, now, null);
                }
            } catch (SQLException e) {
                // Two creations raced past the check: the unique index decides.
                if ("23505".equals(e.getSQLState())) {
                    throw new NameTakenException(name);
                }
                throw e;
            }
        }));
    }

    @Override
    public CompletionStage<Account> update(Account account) {
        return reactor.offload("update account", () -> db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE accounts SET password_hash = ?, roles = ?, last_login = ? WHERE id = ?")) {
                p.setString(1, account.passwordHash());
                p.setString(2, String.join(",", account.roles()));
                p.setTimestamp(3, account.lastLogin() == null ? null : Timestamp.from(account.lastLogin()));
                p.setLong(4, account.id());
                if (p.executeUpdate() != 1) {
                    throw new SQLException("no account with id " + account.id());
                }
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM account_keys WHERE account_id = ?")) {
                d.setLong(1, account.id());
                d.executeUpdate();
            }
            try (PreparedStatement i = c.prepareStatement(
                    "INSERT INTO account_keys (account_id, position, key_line) VALUES (?, ?, ?)")) {
                int pos = 0;
                for (String line : account.publicKeys()) {
                    i.setLong(1, account.id());
                    i.setInt(2, pos++);
                    i.setString(3, line);
                    i.addBatch();
                }
                i.executeBatch();
            }
            return account;
        }));
    }

    @Override
    public CompletionStage<Long> count() {
        return reactor.offload("count accounts", () -> db.read(JdbcAccountStore::countAccounts));
    }

    private static long countAccounts(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM accounts")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Optional<Account> load(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, name, password_hash, roles, created_at, last_login FROM accounts WHERE name_key = ?")) {
            p.setString(1, key);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(1);
                String roles = rs.getString(4);
                Timestamp last = rs.getTimestamp(6);
                List<String> keys = new ArrayList<>();
                try (PreparedStatement k = c.prepareStatement(
                        "SELECT key_line FROM account_keys WHERE account_id = ? ORDER BY position")) {
                    k.setLong(1, id);
                    try (ResultSet kr = k.executeQuery()) {
                        while (kr.next()) {
                            keys.add(kr.getString(1));
                        }
                    }
                }
                Set<String> roleSet = new LinkedHashSet<>();
                if (roles != null && !roles.isBlank()) {
                    roleSet.addAll(Arrays.asList(roles.split(",")));
                }
                return Optional.of(new Account(id, rs.getString(2), rs.getString(3), keys, roleSet,
                        rs.getTimestamp(5).toInstant(), last == null ? null : last.toInstant()));
            }
        }
    }
}
