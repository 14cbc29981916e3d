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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts in the database. Every call runs on the reactor's worker pool and completes back on
 * the game loop; {@link #create} completes only after the transaction committed, so a player is
 * never told about an account a crash could lose.
 */
public final class JdbcAccountStore implements AccountStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcAccountStore.class);
    private static final String BY_KEY = "name_key";
    private static final String BY_SKELETON = "name_skeleton";
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database db;
    private final Reactor reactor;

    public JdbcAccountStore(Database db, Reactor reactor) {
        this.db = db;
        this.reactor = reactor;
    }

    @Override
    public CompletionStage<Optional<Account>> find(String name) {
        String key = NameRules.key(name);
        String legacyKey = NameRules.legacyKey(name);
        return reactor.offload("find account", () -> db.read(c -> {
            // An account made before names were normalised keeps the key it was made with: the
            // name typed as it was typed then finds it first.
            Optional<Account> legacy = legacyKey.equals(key) ? Optional.empty() : load(c, BY_KEY, legacyKey);
            return legacy.isPresent() ? legacy : load(c, BY_KEY, key);
        }));
    }

    @Override
    public CompletionStage<Optional<Account>> findLookAlike(String name) {
        String skeleton = NameRules.skeleton(name);
        return reactor.offload("find look-alike account", () -> db.read(c -> load(c, BY_SKELETON, skeleton)));
    }

    @Override
    public CompletionStage<Account> create(String name, String passwordHash) {
        String shown = NameRules.display(name);
        String key = NameRules.key(shown);
        String skeleton = NameRules.skeleton(shown);
        // Stored to the microsecond, so keep no more than that in memory either.
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return reactor.offload("create account", () -> db.inTransaction(c -> {
            if (load(c, BY_KEY, key).isPresent()) {
                throw new NameTakenException(shown);
            }
            if (load(c, BY_SKELETON, skeleton).isPresent()) {
                throw new LookAlikeNameException(shown);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO accounts (name, name_key, name_skeleton, password_hash, roles, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, shown);
                p.setString(2, key);
                p.setString(3, skeleton);
                p.setString(4, passwordHash);
                // No roles, the first account included: an operator grants them (bin/brass admin grant).
                p.setString(5, "");
                p.setTimestamp(6, Timestamp.from(now));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return new Account(keys.getLong(1), shown, passwordHash, List.of(), Set.of(), now, null);
                }
            } catch (SQLException e) {
                // Two creations raced past the checks: the unique indexes decide.
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("name_skeleton")
                            ? new LookAlikeNameException(shown) : new NameTakenException(shown);
                }
                throw e;
            }
        }));
    }

    /**
     * Gives every account made before skeletons were kept (V4) its skeleton, so look-alikes of
     * old names are refused too. Runs at start, on the starting thread, before the server serves
     * anyone; each row in its own transaction, because two old names may look alike: the later
     * one is left without (it keeps its name and still logs in; a new look-alike of it is still
     * refused through the earlier one) and a line is logged.
     */
    static void fillSkeletons(Database db) throws SQLException {
        record Unfilled(long id, String name) {
        }
        List<Unfilled> rows = db.inTransaction(c -> {
            List<Unfilled> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT id, name FROM accounts WHERE name_skeleton IS NULL ORDER BY id")) {
                while (rs.next()) {
                    out.add(new Unfilled(rs.getLong(1), rs.getString(2)));
                }
            }
            return out;
        });
        int filled = 0;
        for (Unfilled row : rows) {
            String skeleton = NameRules.skeleton(row.name());
            try {
                db.inTransaction(c -> {
                    try (PreparedStatement p = c.prepareStatement(
                            "UPDATE accounts SET name_skeleton = ? WHERE id = ? AND name_skeleton IS NULL")) {
                        p.setString(1, skeleton);
                        p.setLong(2, row.id());
                        return p.executeUpdate();
                    }
                });
                filled++;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                log.warn("the name of account {} ({}) looks like an older account's: it keeps its name", row.id(),
                        row.name());
            }
        }
        if (filled > 0) {
            log.info("name skeletons filled in for {} accounts made before they were kept", filled);
        }
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
            saveSettings(c, account);
            return account.withRoles(storedRoles);
        }));
    }

    @Override
    public CompletionStage<Account> addPlayed(Account account, Duration more) {
        return reactor.offload("add play time", () -> db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE accounts SET played_seconds = played_seconds + ? WHERE id = ?")) {
                p.setLong(1, Math.max(0, more.toSeconds()));
                p.setLong(2, account.id());
                if (p.executeUpdate() != 1) {
                    throw new SQLException("no account with id " + account.id());
                }
            }
            try (PreparedStatement r = c.prepareStatement("SELECT played_seconds FROM accounts WHERE id = ?")) {
                r.setLong(1, account.id());
                try (ResultSet rs = r.executeQuery()) {
                    rs.next();
                    return account.withPlayed(Duration.ofSeconds(rs.getLong(1)));
                }
            }
        }));
    }

    private static void saveSettings(Connection c, Account account) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("DELETE FROM account_settings WHERE account_id = ?")) {
            d.setLong(1, account.id());
            d.executeUpdate();
        }
        try (PreparedStatement i = c.prepareStatement(
                "INSERT INTO account_settings (account_id, name, setting) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> e : account.settings().entrySet()) {
                i.setLong(1, account.id());
                i.setString(2, e.getKey());
                i.setString(3, e.getValue());
                i.addBatch();
            }
            i.executeBatch();
        }
    }

    private static Map<String, String> loadSettings(Connection c, long id) throws SQLException {
        Map<String, String> settings = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT name, setting FROM account_settings WHERE account_id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    settings.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return settings;
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
        Optional<Account> before = load(c, BY_KEY, key);
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
            load(c, BY_KEY, key).ifPresent(out::add);
        }
        return out;
    }

    /** Whether any account holds {@code role}. */
    public static boolean anyoneHas(Connection c, String role) throws SQLException {
        return withAnyRole(c).stream().anyMatch(a -> a.hasRole(role));
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

    private static Set<String> roles(String stored) {
        Set<String> roles = new LinkedHashSet<>();
        if (stored != null && !stored.isBlank()) {
            roles.addAll(Arrays.asList(stored.split(",")));
        }
        return roles;
    }

    private static Optional<Account> load(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id, name, password_hash, roles, created_at, last_login, played_seconds FROM accounts WHERE "
                        + column + " = ?")) {
            p.setString(1, value);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long id = rs.getLong(1);
                String roles = rs.getString(4);
                Timestamp last = rs.getTimestamp(6);
                Duration played = Duration.ofSeconds(rs.getLong(7));
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
                        rs.getTimestamp(5).toInstant(), last == null ? null : last.toInstant(), loadSettings(c, id),
                        played));
            }
        }
    }
}
