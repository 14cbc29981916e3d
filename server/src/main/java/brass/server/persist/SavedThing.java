package brass.server.persist;

import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.ThingState;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One thing's changing state as a checkpoint keeps it.
 *
 * @param id          the thing's stable id
 * @param location    where it is (null for rooms and doors, and for a destroyed thing)
 * @param arrival     when it arrived there ({@link Thing#arrival()}): its place lists its contents in this order
 * @param states      the states that read true ({@link Thing#states()}: open, locked, lit)
 * @param playerName  for a player's character, its name (characters are made at run time, not by files)
 * @param returnRoom  for a player who is away, the room they come back to
 * @param counters    its flags and counters that are not 0, by name
 * @param madeFrom    for a thing made at run time, the prototype it was made from (null otherwise)
 * @param destroyed   true for a thing of the files that play destroyed: a restart does not make it again
 */
public record SavedThing(String id, String location, long arrival, Set<Flag> states, String playerName,
                         String returnRoom, Map<String, Long> counters, String madeFrom, boolean destroyed) {

    public SavedThing {
        states = Flag.statesIn(states);
        counters = Collections.unmodifiableMap(new TreeMap<>(counters));
    }

    /** A row of a thing of the files or a player. */
    public SavedThing(String id, String location, long arrival, Set<Flag> states, String playerName,
                      String returnRoom, Map<String, Long> counters) {
        this(id, location, arrival, states, playerName, returnRoom, counters, null, false);
    }

    /** A row with no counters. */
    public SavedThing(String id, String location, long arrival, Set<Flag> states, String playerName,
                      String returnRoom) {
        this(id, location, arrival, states, playerName, returnRoom, Map.of());
    }

    /** {@code t}'s row now; {@code returnRoom} is where the game keeps an away player's room (or null). */
    public static SavedThing of(Thing t, Thing returnRoom) {
        return new SavedThing(t.id(), t.location() == null ? null : t.location().id(), t.arrival(), t.states(),
                t.isPlayer() ? t.name() : null, returnRoom == null ? null : returnRoom.id(),
                t.world().counters().of(t), t.world().madeFrom(t).orElse(null), false);
    }

    /** The row that keeps a destroyed thing of the files destroyed. */
    public static SavedThing destroyed(String id) {
        return new SavedThing(id, null, 0, Set.of(), null, null, Map.of(), null, true);
    }

    /** What the model restores from this row. */
    public ThingState state() {
        return new ThingState(id, location, arrival, states, counters);
    }
}
