package brass.server.persist;

import brass.world.model.Flag;
import brass.world.model.Thing;
import brass.world.model.ThingState;
import java.util.Map;
import java.util.Set;

/**
 * One thing's changing state as a checkpoint keeps it.
 *
 * @param id          the thing's stable id
 * @param location    where it is (null for rooms and doors)
 * @param arrival     when it arrived there ({@link Thing#arrival()}): its place lists its contents in this order
 * @param states      the states that read true ({@link Thing#states()}: open, locked, lit)
 * @param playerName  for a player's character, its name (characters are made at run time, not by files)
 * @param returnRoom  for a player who is away, the room they come back to
 * @param counters    its flags and counters that are not 0, by name
 */
public record SavedThing(String id, String location, long arrival, Set<Flag> states, String playerName,
                         String returnRoom, Map<String, Long> counters) {

    public SavedThing {
        states = Flag.statesIn(states);
        counters = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(counters));
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
                t.world().counters().of(t));
    }

    /** What the model restores from this row. */
    public ThingState state() {
        return new ThingState(id, location, arrival, states, counters);
    }
}
