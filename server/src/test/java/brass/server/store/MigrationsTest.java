package brass.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path data;

    @Test
    void everyScriptIsShippedAndNumberedUpwards() throws Exception {
        int last = 0;
        for (String script : Migrations.SCRIPTS) {
            assertThat(Migrations.version(script)).as(script).isGreaterThan(last);
            last = Migrations.version(script);
            try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
                assertThat(in).as(script).isNotNull();
            }
        }
        assertThat(Migrations.version("V5__content_order.sql")).isEqualTo(5);
        assertThat(Migrations.newest()).isEqualTo(last);
        assertThatThrownBy(() -> Migrations.version("content_order.sql")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A database as Brass left it before V5: schema versions 1 and 2, one thing's row. */
    private void databaseAtVersion2() throws Exception {
        try (Connection c = DriverManager.getConnection(Database.h2Url(data), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE brass_schema (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            for (String script : List.of("V1__accounts.sql", "V2__world_state.sql")) {
                try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
                    for (String sql : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        s.execute(sql);
                    }
                }
                s.execute("INSERT INTO brass_schema VALUES (" + Migrations.version(script) + ", '" + script
                        + "', CURRENT_TIMESTAMP)");
            }
            s.execute("INSERT INTO world_things (thing_id, location_id, is_open, is_locked, is_lit)"
                    + " VALUES ('tankard', 'long-table', TRUE, FALSE, FALSE)");
        }
    }

    private static List<Integer> versions(Database db) throws Exception {
        return db.inTransaction(c -> {
            List<Integer> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version FROM brass_schema ORDER BY version")) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return out;
        });
    }

    @Test
    void aDatabaseFromBeforeContentOrderGainsTheColumnAndKeepsItsRows() throws Exception {
        databaseAtVersion2();
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 1)) {
            assertThat(versions(db)).containsExactly(1, 2, 3, 4, 5, 8);
            long arrival = db.inTransaction(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT arrival FROM world_things WHERE thing_id = 'tankard'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(arrival).isZero();
        }
    }

    @Test
    void aVersionMadeOnAnotherBranchBelowTheNewestIsNoReasonToRefuse() throws Exception {
        databaseAtVersion2();
        try (Connection c = DriverManager.getConnection(Database.h2Url(data), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO brass_schema VALUES (3, 'V3__elsewhere.sql', CURRENT_TIMESTAMP)");
        }
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 1)) {
            assertThat(versions(db)).containsExactly(1, 2, 3, 4, 5, 8);
        }
    }

    @Test
    void aSchemaNewerThanThisBuildIsRefused() throws Exception {
        databaseAtVersion2();
        try (Connection c = DriverManager.getConnection(Database.h2Url(data), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO brass_schema VALUES (" + (Migrations.newest() + 1) + ", 'V99__future.sql',"
                    + " CURRENT_TIMESTAMP)");
        }
        assertThatThrownBy(() -> Database.open(Database.h2Url(data), "sa", "", 1))
                .isInstanceOf(StoreException.class)
                .hasMessage("the database's schema (version " + (Migrations.newest() + 1) + ") is newer than this"
                        + " Brass knows (version " + Migrations.newest() + "): run a newer Brass, or restore an older"
                        + " backup");
    }
}
