package brass.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.engine.reactor.ManualReactor;
import brass.server.persist.Restorer;
import brass.server.persist.WorldStore;
import brass.world.build.TestPaths;
import brass.world.build.Worlds;
import brass.world.game.Game;
import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.World;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        databaseWith(List.of("V1__accounts.sql", "V2__world_state.sql"));
        try (Connection c = DriverManager.getConnection(Database.h2Url(data), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO world_things (thing_id, location_id, is_open, is_locked, is_lit)"
                    + " VALUES ('tankard', 'long-table', TRUE, FALSE, FALSE)");
        }
    }

    /** A database that had {@code scripts} applied, and no others. */
    private void databaseWith(List<String> scripts) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.h2Url(data), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE brass_schema (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL,"
                    + " applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            for (String script : scripts) {
                try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
                    for (String sql : Migrations.statements(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        s.execute(sql);
                    }
                }
                s.execute("INSERT INTO brass_schema VALUES (" + Migrations.version(script) + ", '" + script
                        + "', CURRENT_TIMESTAMP)");
            }
        }
    }

    /** Every version this build knows, as {@code brass_schema} records them once all have been applied. */
    private static List<Integer> allVersions() {
        return Migrations.SCRIPTS.stream().map(Migrations::version).toList();
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
            assertThat(versions(db)).containsExactlyElementsOf(allVersions());
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

    /**
     * A checkpoint written when a row kept open, locked and lit in a column each (before
     * V6__thing_states.sql) restores exactly as it did: a chest left open and unlocked, an open
     * box with a lit lamp in it, a door opened and another unlocked, against files that start
     * them closed, locked and unlit.
     */
    @Test
    void aCheckpointFromBeforeStatesHadOneColumnRestoresAsItDid() throws Exception {
        databaseWith(Migrations.SCRIPTS.subList(0, Migrations.SCRIPTS.indexOf("V6__thing_states.sql")));
        World files = Worlds.load(TestPaths.defaultWorld());
        assertThat(files.get("chest").isLocked()).isTrue();
        assertThat(files.get("box").isOpen()).isFalse();
        assertThat(files.get("lamp").isLit()).isFalse();
        assertThat(files.get("front-door").isOpen()).isFalse();
        assertThat(files.get("vault-door").isLocked()).isTrue();
        try (Connection c = DriverManager.getConnection(Database.h2Url(data), "sa", "");
             PreparedStatement p = c.prepareStatement("INSERT INTO world_things (thing_id, location_id, arrival,"
                     + " is_open, is_locked, is_lit) VALUES (?, ?, ?, ?, ?, ?)")) {
            // id, then open, locked, lit as those columns held them (a thing with no lid read open)
            Object[][] rows = {
                {"chest", true, false, false}, {"box", true, false, false}, {"lamp", true, false, true},
                {"front-door", true, false, false}, {"vault-door", false, false, false},
                {"tankard", true, false, false}};
            for (int i = 0; i < rows.length; i++) {
                Thing t = files.get((String) rows[i][0]);
                p.setString(1, t.id());
                p.setString(2, t.location() == null ? null : t.location().id());
                p.setLong(3, i + 1);
                p.setBoolean(4, (Boolean) rows[i][1]);
                p.setBoolean(5, (Boolean) rows[i][2]);
                p.setBoolean(6, (Boolean) rows[i][3]);
                p.executeUpdate();
            }
        }
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 1)) {
            assertThat(versions(db)).containsExactlyElementsOf(allVersions());
            Map<String, String> states = db.read(c -> {
                Map<String, String> out = new TreeMap<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT thing_id, states FROM world_things")) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
                return out;
            });
            assertThat(states).containsExactlyEntriesOf(new TreeMap<>(Map.of("box", "open", "chest", "open",
                    "front-door", "open", "lamp", "open lit", "tankard", "open", "vault-door", "")));

            Game game = new Game(Worlds.load(TestPaths.defaultWorld()), new ManualReactor());
            Restorer.restore(game, new WorldStore(db).read());
            World w = game.world();
            assertThat(w.get("chest").states()).containsExactly(Flag.OPEN);
            assertThat(w.get("box").states()).containsExactly(Flag.OPEN);
            assertThat(w.get("lamp").states()).containsExactly(Flag.OPEN, Flag.LIT);
            assertThat(w.get("lamp").location()).isSameAs(w.get("box"));
            assertThat(w.get("front-door").states()).containsExactly(Flag.OPEN);
            assertThat(w.get("vault-door").states()).isEmpty();
            assertThat(w.get("tankard").states()).containsExactly(Flag.OPEN);
            assertThat(w.problems()).isEmpty();
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
            assertThat(versions(db)).containsExactlyElementsOf(allVersions());
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
