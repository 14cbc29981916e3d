package brass.server.persist;

import static org.assertj.core.api.Assertions.assertThat;

import brass.server.store.Database;
import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.World;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A thing's states and its flags and counters in its row: every state, by its word, counters as
 * name=value, and what a row may hold that this Brass does not know.
 */
class WorldStoreTest {

    @TempDir
    Path data;

    private Database db;
    private WorldStore store;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger storeLog = (Logger) LoggerFactory.getLogger(WorldStore.class);

    @BeforeEach
    void open() throws Exception {
        db = Database.open(Database.h2Url(data), "sa", "", 1);
        store = new WorldStore(db);
        log.start();
        storeLog.addAppender(log);
    }

    @AfterEach
    void close() {
        storeLog.detachAppender(log);
        db.close();
    }

    private String column(String id) throws Exception {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT states FROM world_things WHERE thing_id = ?")) {
                p.setString(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    @Test
    void everyCombinationOfStatesIsWrittenAsWordsAndReadBack() throws Exception {
        List<Flag> states = Flag.states();
        List<SavedThing> rows = new ArrayList<>();
        for (int combination = 0; combination < 1 << states.size(); combination++) {
            Set<Flag> set = EnumSet.noneOf(Flag.class);
            for (int i = 0; i < states.size(); i++) {
                if ((combination & 1 << i) != 0) {
                    set.add(states.get(i));
                }
            }
            rows.add(new SavedThing("thing-" + combination, "hall", combination, set, null, null));
        }
        store.write(1, Instant.parse("2026-12-02T10:00:00Z"), rows, List.of(), rows.size());
        assertThat(store.read()).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(column("thing-0")).isEmpty();
        assertThat(column("thing-" + ((1 << states.size()) - 1))).isEqualTo("open locked lit worn");
        assertThat(column("thing-6")).isEqualTo("locked lit");
    }

    @Test
    void aThingMadeInPlayKeepsItsPrototypeAndADestroyedThingItsMarkInItsRow() throws Exception {
        List<SavedThing> rows = List.of(
                new SavedThing("candle:7", "hall", 5, Set.of(Flag.LIT), null, null, Map.of("burns", 2L), "candle", false),
                SavedThing.destroyed("vase"),
                new SavedThing("lamp", "hall", 6, Set.of(), null, null));
        store.write(1, Instant.parse("2026-12-03T10:00:00Z"), rows, List.of(), rows.size());
        assertThat(store.read()).containsExactlyInAnyOrderElementsOf(rows);
        assertThat(store.read()).filteredOn(SavedThing::destroyed).extracting(SavedThing::id).containsExactly("vase");
        // A row written before V11 reads as a thing of the files, not destroyed.
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO world_things (thing_id, location_id, arrival,"
                    + " states) VALUES ('old', 'hall', 1, '')")) {
                return p.executeUpdate();
            }
        });
        assertThat(store.read()).filteredOn(t -> t.id().equals("old"))
                .containsExactly(new SavedThing("old", "hall", 1, Set.of(), null, null));
    }

    @Test
    void aStateThisBrassDoesNotKnowIsLeftOutAndLogged() throws Exception {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO world_things (thing_id, location_id, arrival,"
                    + " states) VALUES ('lamp', 'hall', 1, ' lit  glowing ')")) {
                return p.executeUpdate();
            }
        });
        assertThat(store.read()).containsExactly(new SavedThing("lamp", "hall", 1, Set.of(Flag.LIT), null, null));
        assertThat(log.list.stream().map(ILoggingEvent::getFormattedMessage)).containsExactly(
                "'lamp' was saved with the state 'glowing', which this Brass does not know; it is left out");
    }

    @Test
    void flagsAndCountersOnThingsAndPlayersAreWrittenAndRestoredIntoAFreshWorld() throws Exception {
        World before = world();
        Thing bells = before.get("bells");
        Thing alice = before.player("Alice", before.get("hall"));
        before.counters().set(bells, "rings", 100);
        before.counters().add(alice, "cat-cuddles", 3);
        before.counters().set(alice, "greeted", 1);
        before.counters().set(alice, "debt", -7);
        List<SavedThing> rows = before.things().stream().map(t -> SavedThing.of(t, null)).toList();
        store.write(1, Instant.parse("2026-12-02T10:00:00Z"), rows, List.of(), rows.size());
        assertThat(column("counters", "player:alice")).isEqualTo("cat-cuddles=3 debt=-7 greeted=1");
        assertThat(column("counters", "bells")).isEqualTo("rings=100");
        assertThat(column("counters", "hall")).isEmpty();

        World after = world();
        after.player("Alice", after.get("hall"));
        after.restore(store.read().stream().map(SavedThing::state).toList());
        assertThat(after.counters().of(after.get("player:alice")))
                .isEqualTo(Map.of("cat-cuddles", 3L, "debt", -7L, "greeted", 1L));
        assertThat(after.counters().get(after.get("bells"), "rings")).isEqualTo(100);
    }

    @Test
    void aCounterThatDoesNotReadIsLeftOutAndLogged() throws Exception {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO world_things (thing_id, location_id, arrival,"
                    + " states, counters) VALUES ('lamp', 'hall', 1, '', 'hours=4 =2 Bad=1 wick=x')")) {
                return p.executeUpdate();
            }
        });
        assertThat(store.read()).containsExactly(new SavedThing("lamp", "hall", 1, Set.of(), null, null,
                Map.of("hours", 4L)));
        assertThat(log.list.stream().map(ILoggingEvent::getFormattedMessage)).containsExactly(
                "'lamp' was saved with the counter '=2', which does not read as name=number; it is left out",
                "'lamp' was saved with the counter 'Bad=1', which does not read as name=number; it is left out",
                "'lamp' was saved with the counter 'wick=x', which does not read as name=number; it is left out");
    }

    private static World world() {
        World w = new World();
        Thing hall = w.room("hall", "Hall", "A hall.");
        w.startRoom(hall);
        w.object("bells", "bells", hall);
        return w;
    }

    private String column(String name, String id) throws Exception {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + name + " FROM world_things WHERE thing_id = ?")) {
                p.setString(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }
}
