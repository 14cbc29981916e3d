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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small versioned schema runner: numbered SQL scripts in {@code db/migration}, each applied
 * once, in order, in its own transaction, recorded in {@code brass_schema}. Written in portable
 * SQL so the same scripts serve H2 and PostgreSQL.
 */
public final class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    /** Every script, oldest first. A new schema change is a new line here and a new file. */
    static final List<String> SCRIPTS = List.of("V1__accounts.sql", "V2__world_state.sql", "V3__bans.sql");

    private Migrations() {
    }

    static int migrate(Database db) throws StoreException {
        try {
            int current = db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS brass_schema (version INT PRIMARY KEY,"
                            + " script VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM brass_schema")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            if (current > SCRIPTS.size()) {
                throw new StoreException("the database's schema (version " + current + ") is newer than this Brass"
                        + " knows (version " + SCRIPTS.size() + "): run a newer Brass, or restore an older backup");
            }
            for (int v = current + 1; v <= SCRIPTS.size(); v++) {
                String script = SCRIPTS.get(v - 1);
                List<String> statements = statements(read(script));
                int version = v;
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
                log.info("database schema migrated to version {} ({})", v, script);
            }
            return SCRIPTS.size();
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
