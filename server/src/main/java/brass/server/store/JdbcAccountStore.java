package brass.server.store;

import brass.engine.reactor.Reactor;
import brass.protocols.account.Account;
import brass.protocols.account.AccountStore;
import brass.protocols.account.NameRules;
import brass.protocols.account.RoleChange;
import brass.protocols.account.Roles;
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

    private final Database db;
    private final Reactor reactor;

    public JdbcAccountStore(Database db, Reactor reactor) {
        this.db = db;
        this.reactor = reactor;
    }

    @Override
    public CompletionStage<Optional<Account>> find(String name) {
        String key = NameRules.key(name);
        return reactor.offload("find account", () -> db.inTransaction(c -> load(c, key)));
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
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO accounts (name, name_key, password_hash, roles, created_at) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, name);
                p.setString(2, key);
                p.setString(3, passwordHash);
                // No roles, the first account included: an operator grants them (bin/brass admin grant).
                p.setString(4, "");
                p.setTimestamp(5, Timestamp.from(now));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return new Account(keys.getLong(1), name, passwordHash, List.of(), Set.of(), now, null);
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
                    "UPDATE accounts SET password_hash = ?, last_login = ? WHERE id = ?")) {
                // Roles are not written here: only changeRole does, so a stale copy cannot undo a grant.
                p.setString(1, account.passwordHash());
                p.setTimestamp(2, account.lastLogin() == null ? null : Timestamp.from(account.lastLogin()));
                p.setLong(3, account.id());
                if (p.executeUpdate() != 1) {
                    throw new SQLException("no account with id " + account.id());
                }
            }
            Set<String> storedRoles;
            try (PreparedStatement r = c.prepareStatement("SELECT roles FROM accounts WHERE id = ?")) {
                r.setLong(1, account.id());
                try (ResultSet rs = r.executeQuery()) {
                    rs.next();
                    storedRoles = roles(rs.getString(1));
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
            return account.withRoles(storedRoles);
        }));
    }

    @Override
    public CompletionStage<Optional<RoleChange>> changeRole(String name, String role, boolean grant) {
        return reactor.offload("change role", () -> db.inTransaction(c -> changeRole(c, name, role, grant)));
    }

    /**
     * Gives {@code role} to the account named {@code name} (or takes it) inside the caller's
     * transaction: for the store above and for {@code bin/brass admin} on a stopped server.
     */
    public static Optional<RoleChange> changeRole(Connection c, String name, String role, boolean grant)
            throws SQLException {
        String key = NameRules.key(name);
        try (PreparedStatement lock = c.prepareStatement("SELECT id FROM accounts WHERE name_key = ? FOR UPDATE")) {
            lock.setString(1, key);
            lock.executeQuery().close();
        }
        Optional<Account> before = load(c, key);
        if (before.isEmpty()) {
            return Optional.empty();
        }
        RoleChange change = RoleChange.of(before.get(), role, grant);
        try (PreparedStatement p = c.prepareStatement("UPDATE accounts SET roles = ? WHERE id = ?")) {
            p.setString(1, String.join(",", Roles.ordered(change.after().roles())));
            p.setLong(2, change.after().id());
            p.executeUpdate();
        }
        return Optional.of(change);
    }

    /** Every account that holds a role, by name: for {@code bin/brass admin list}. */
    public static List<Account> withAnyRole(Connection c) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name_key FROM accounts WHERE roles IS NOT NULL AND roles <> '' ORDER BY name_key")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        List<Account> out = new ArrayList<>();
        for (String key : keys) {
            load(c, key).ifPresent(out::add);
        }
        return out;
    }

    /** Whether any account holds {@code role}. */
    public static boolean anyoneHas(Connection c, String role) throws SQLException {
        return withAnyRole(c).stream().anyMatch(a -> a.hasRole(role));
    }

    @Override
    public CompletionStage<Long> count() {
        return reactor.offload("count accounts", () -> db.inTransaction(JdbcAccountStore::countAccounts));
    }

    private static long countAccounts(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM accounts")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> roles(String stored) {
        Set<String> roles = new LinkedHashSet<>();
        if (stored != null && !stored.isBlank()) {
            roles.addAll(Arrays.asList(stored.split(",")));
        }
        return roles;
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
                return Optional.of(new Account(id, rs.getString(2), rs.getString(3), keys, roles(roles),
                        rs.getTimestamp(5).toInstant(), last == null ? null : last.toInstant()));
            }
        }
    }
}
