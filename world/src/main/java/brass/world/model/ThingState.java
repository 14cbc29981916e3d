package brass.world.model;

import java.util.Set;

/**
 * What changes about a thing while the game runs, as a value: where it is, when it arrived there
 * (which orders its place's contents) and the states of its flags. A checkpoint is a list of these
 * taken in one loop turn ({@link World#snapshot()}); descriptions and names are not here because
 * the world files are their truth.
 *
 * @param location the id of where the thing is, or null for rooms and doors
 * @param arrival  when it arrived there ({@link Thing#arrival()}): where it comes in its place's contents
 * @param states   the states that read true ({@link Thing#states()}); any other flag given is left out
 */
public record ThingState(String id, String location, long arrival, Set<Flag> states) {

    public ThingState {
        states = Flag.statesIn(states);
    }

    /** {@code thing}'s state now. */
    public static ThingState of(Thing thing) {
        return new ThingState(thing.id(), thing.location() == null ? null : thing.location().id(), thing.arrival(),
                thing.states());
    }
}
