package brass.world.model;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What changes about a thing while the game runs, as a value: where it is, when it arrived there
 * (which orders its place's contents) and the states of its flags. A checkpoint is a list of these
 * taken in one loop turn ({@link World#snapshot()}); descriptions and names are not here because
 * the world files are their truth.
 *
 * @param location the id of where the thing is, or null for rooms and doors
 * @param arrival  when it arrived there ({@link Thing#arrival()}): where it comes in its place's contents
 * @param states   the states that read true ({@link Thing#states()}); any other flag given is left out
 * @param counters its flags and counters that are not 0 ({@link Counters}), by name
 */
public record ThingState(String id, String location, long arrival, Set<Flag> states, Map<String, Long> counters) {

    public ThingState {
        states = Flag.statesIn(states);
        counters = java.util.Collections.unmodifiableMap(new TreeMap<>(counters));
    }

    /** A thing's state with no counters. */
    public ThingState(String id, String location, long arrival, Set<Flag> states) {
        this(id, location, arrival, states, Map.of());
    }

    /** {@code thing}'s state now. */
    public static ThingState of(Thing thing) {
        return new ThingState(thing.id(), thing.location() == null ? null : thing.location().id(), thing.arrival(),
                thing.states(), thing.world().counters().of(thing));
    }
}
