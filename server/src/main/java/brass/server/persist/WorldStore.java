package brass.server.persist;

import brass.server.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkpoints in the database. A checkpoint is written in one transaction, as the rows that
 * differ from the last checkpoint that committed (so a quiet world writes almost nothing), and
 * read back whole at start. Blocking: call from the worker pool, never the game loop.
 */
public final class WorldStore {

    private final Database db;

    public WorldStore(Database db) {
        this.db = db;
    }

    /**
     * Writes {@code next}, given the last committed checkpoint's rows (empty map for none). On
     * success the caller makes {@code next} the new base; on failure nothing was written.
     */
    public void write(Checkpoint next, Map<String, SavedThing> committed) throws SQLException {
        Map<String, SavedThing> now = new HashMap<>(next.things().size() * 2);
        for (SavedThing t : next.things()) {
            now.put(t.id(), t);
        }
        db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM world_things WHERE thing_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO world_things (thing_id, location_id,"
                         + " is_open, is_locked, is_lit, player_name, return_room) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int changes = 0;
                for (SavedThing old : committed.values()) {
                    if (!now.containsKey(old.id())) {
                        delete.setString(1, old.id());
                        delete.addBatch();
                        changes++;
                    }
                }
                for (SavedThing t : next.things()) {
                    if (t.equals(committed.get(t.id()))) {
                        continue;
                    }
                    delete.setString(1, t.id());
                    delete.addBatch();
                    insert.setString(1, t.id());
                    setNullable(insert, 2, t.location());
                    insert.setBoolean(3, t.open());
                    insert.setBoolean(4, t.locked());
                    insert.setBoolean(5, t.lit());
                    setNullable(insert, 6, t.playerName());
                    setNullable(insert, 7, t.returnRoom());
                    insert.addBatch();
                    changes++;
                }
                if (changes > 0) {
                    delete.executeBatch();
                    insert.executeBatch();
                }
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM checkpoints");
                 PreparedStatement i = c.prepareStatement(
                         "INSERT INTO checkpoints (id, sequence, taken_at, thing_rows) VALUES (1, ?, ?, ?)")) {
                d.executeUpdate();
                i.setLong(1, next.sequence());
                i.setTimestamp(2, Timestamp.from(Instant.now()));
                i.setInt(3, next.things().size());
                i.executeUpdate();
            }
            return null;
        });
    }

    /** The last committed checkpoint's rows, or an empty list for a new database. */
    public List<SavedThing> read() throws SQLException {
        return db.inTransaction(WorldStore::readAll);
    }

    private static List<SavedThing> readAll(Connection c) throws SQLException {
        List<SavedThing> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT thing_id, location_id, is_open, is_locked, is_lit,"
                + " player_name, return_room FROM world_things ORDER BY thing_id");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                out.add(new SavedThing(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7)));
            }
        }
        return out;
    }

    private static void setNullable(PreparedStatement p, int index, String value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.VARCHAR);
        } else {
            p.setString(index, value);
        }
    }
}
