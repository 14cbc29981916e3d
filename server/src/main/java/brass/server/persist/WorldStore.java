package brass.server.persist;

import brass.server.store.Database;
import brass.world.model.Flag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkpoints in the database: one row per thing. A checkpoint is written in one transaction, as
 * the rows that changed and the rows that went (so a quiet world writes almost nothing), and read
 * back whole at start. Blocking: call from the worker pool, never the game loop.
 */
public final class WorldStore {

    private static final Logger log = LoggerFactory.getLogger(WorldStore.class);

    private final Database db;

    public WorldStore(Database db) {
        this.db = db;
    }

    /**
     * Writes one checkpoint in one transaction: {@code rows} replace the rows of those ids (or are
     * new), the rows of {@code removed} go, and the checkpoint's bookkeeping row records
     * {@code sequence}, {@code takenAt} and {@code totalRows}, the number of rows once this has committed (the
     * caller knows it: it keeps the committed rows to skip writing the unchanged ones). On failure
     * nothing was written.
     */
    public void write(long sequence, Instant takenAt, Collection<SavedThing> rows, Collection<String> removed,
                      int totalRows) throws SQLException {
        db.inTransaction(c -> {
            // Delete then insert rather than an upsert: MERGE and ON CONFLICT are not the same
            // SQL in H2 and PostgreSQL, and a thing's row is small.
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM world_things WHERE thing_id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO world_things (thing_id, location_id,"
                         + " arrival, states, player_name, return_room, counters, made_from, destroyed)"
                         + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (String id : removed) {
                    delete.setString(1, id);
                    delete.addBatch();
                }
                for (SavedThing t : rows) {
                    delete.setString(1, t.id());
                    delete.addBatch();
                    insert.setString(1, t.id());
                    setNullable(insert, 2, t.location());
                    insert.setLong(3, t.arrival());
                    insert.setString(4, words(t.states()));
                    setNullable(insert, 5, t.playerName());
                    setNullable(insert, 6, t.returnRoom());
                    insert.setString(7, counterWords(t.counters()));
                    setNullable(insert, 8, t.madeFrom());
                    insert.setBoolean(9, t.destroyed());
                    insert.addBatch();
                }
                if (!removed.isEmpty() || !rows.isEmpty()) {
                    delete.executeBatch();
                }
                if (!rows.isEmpty()) {
                    insert.executeBatch();
                }
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM checkpoints");
                 PreparedStatement i = c.prepareStatement(
                         "INSERT INTO checkpoints (id, sequence, taken_at, thing_rows) VALUES (1, ?, ?, ?)")) {
                d.executeUpdate();
                i.setLong(1, sequence);
                i.setTimestamp(2, Timestamp.from(takenAt));
                i.setInt(3, totalRows);
                i.executeUpdate();
            }
            return null;
        });
    }

    /** The last committed checkpoint's bookkeeping: its sequence, when it was taken, and how many rows it left. */
    public record Committed(long sequence, Instant takenAt, int thingRows) {
    }

    /** The bookkeeping row of the last committed checkpoint, if any. */
    public Optional<Committed> lastCommitted() throws SQLException {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT sequence, taken_at, thing_rows FROM checkpoints");
                 ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new Committed(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)))
                        : Optional.<Committed>empty();
            }
        });
    }

    /** The last committed checkpoint's rows, or an empty list for a new database. */
    public List<SavedThing> read() throws SQLException {
        return db.read(WorldStore::readAll);
    }

    private static List<SavedThing> readAll(Connection c) throws SQLException {
        List<SavedThing> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT thing_id, location_id, arrival, states,"
                + " player_name, return_room, counters, made_from, destroyed FROM world_things ORDER BY thing_id");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                out.add(new SavedThing(id, rs.getString(2), rs.getLong(3), states(id, rs.getString(4)),
                        rs.getString(5), rs.getString(6), counters(id, rs.getString(7)), rs.getString(8),
                        rs.getBoolean(9)));
            }
        }
        return out;
    }

    /** How a row keeps a thing's states: their words, in the model's order, "open locked". */
    private static String words(Set<Flag> states) {
        StringJoiner words = new StringJoiner(" ");
        for (Flag state : states) {
            words.add(state.word());
        }
        return words.toString();
    }

    // A word that names no state (written by a later Brass, since downgraded) is left out, and said.
    private static Set<Flag> states(String id, String words) {
        Set<Flag> states = EnumSet.noneOf(Flag.class);
        for (String word : words.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<Flag> state = Flag.byWord(word).filter(Flag::isState);
            if (state.isPresent()) {
                states.add(state.get());
            } else {
                log.warn("'{}' was saved with the state '{}', which this Brass does not know; it is left out", id, word);
            }
        }
        return states;
    }

    /** How a row keeps a thing's flags and counters: "name=value" words, sorted by name. */
    private static String counterWords(Map<String, Long> counters) {
        StringJoiner words = new StringJoiner(" ");
        new java.util.TreeMap<>(counters).forEach((name, value) -> words.add(name + "=" + value));
        return words.toString();
    }

    // A word that does not read as name=value is left out, and said; it cannot have been written by Brass.
    private static Map<String, Long> counters(String id, String words) {
        Map<String, Long> counters = new java.util.TreeMap<>();
        for (String word : words.strip().split("\\s+")) {
            int eq = word.indexOf('=');
            if (word.isEmpty()) {
                continue;
            }
            try {
                if (eq <= 0 || !brass.world.model.Counters.NAME.matcher(word.substring(0, eq)).matches()) {
                    throw new NumberFormatException();
                }
                counters.put(word.substring(0, eq), Long.parseLong(word.substring(eq + 1)));
            } catch (NumberFormatException e) {
                log.warn("'{}' was saved with the counter '{}', which does not read as name=number; it is left out",
                        id, word);
            }
        }
        return counters;
    }

    private static void setNullable(PreparedStatement p, int index, String value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.VARCHAR);
        } else {
            p.setString(index, value);
        }
    }
}
