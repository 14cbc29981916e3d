package brass.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small versioned schema runner: numbered SQL scripts in {@code db/migration}, each applied
 * once, in order, in its own transaction, recorded in {@code brass_schema} under the number in
 * its name ({@code V4__...} is version 4). A script not yet recorded is applied even when a later
 * one already is, so changes made on separate branches apply whatever order they were merged in.
 * Written in portable SQL so the same scripts serve H2 and PostgreSQL. What SQL cannot compute
 * (a name's confusable skeleton) is filled in by Java after the scripts.
 */
public final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    /** Every script, oldest first. A new schema change is a new line here and a new file. */
    static final List<String> SCRIPTS = List.of("V1__accounts.sql", "V2__world_state.sql", "V3__bans.sql",
            "V4__name_skeletons.sql", "V5__content_order.sql", "V6__thing_states.sql",
            "V7__account_settings.sql", "V8__counters.sql", "V9__mail.sql", "V10__play_time.sql",
            "V11__made_things.sql");

    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__[a-z0-9_]+\\.sql");

    private Migrations() {
    }

    /** The version in a script's name. */
    static int version(String script) {
        Matcher m = NAME.matcher(script);
        if (!m.matches()) {
            throw new IllegalArgumentException("a migration script is named V<number>__<words>.sql: " + script);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The newest schema version this build knows. */
    static int newest() {
        return version(SCRIPTS.get(SCRIPTS.size() - 1));
    }

    static int migrate(Database db) throws StoreException {
        try {
            Set<Integer> applied = db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS brass_schema (version INT PRIMARY KEY,"
                            + " script VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
                }
                Set<Integer> versions = new TreeSet<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM brass_schema")) {
                    while (rs.next()) {
                        versions.add(rs.getInt(1));
                    }
                }
                return versions;
            });
            int current = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
            if (current > newest()) {
                throw new StoreException("the database's schema (version " + current + ") is newer than this Brass"
                        + " knows (version " + newest() + "): run a newer Brass, or restore an older backup");
            }
            for (String script : SCRIPTS) {
                int version = version(script);
                if (applied.contains(version)) {
                    continue;
                }
                List<String> statements = statements(read(script));
                db.inTransaction(c -> {
                    try (Statement s = c.createStatement()) {
                        for (String sql : statements) {
                            s.execute(sql);
                        }
                    }
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO brass_schema (version, script, applied_at) VALUES (?, ?, ?)")) {
                        p.setInt(1, version);
                        p.setString(2, script);
                        p.setTimestamp(3, Timestamp.from(Instant.now()));
                        p.executeUpdate();
                    }
                    return null;
                });
                log.info("database schema migrated to version {} ({})", version, script);
            }
            JdbcAccountStore.fillSkeletons(db);
            return newest();
        } catch (SQLException e) {
            throw new StoreException(Database.explain(e), e);
        }
    }

    private static String read(String script) throws StoreException {
        try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
            if (in == null) {
                throw new StoreException("migration script " + script + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration script " + script, e);
        }
    }

    /** Splits a script into statements on semicolons at line ends, dropping comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
