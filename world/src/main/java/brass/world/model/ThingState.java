package brass.world.model;

/**
 * What changes about a thing while the game runs, as a value: where it is and the state of its
 * flags. A checkpoint is a list of these taken in one loop turn ({@link World#snapshot()});
 * descriptions and names are not here because the world files are their truth.
 *
 * @param location the id of where the thing is, or null for rooms and doors
 */
public record ThingState(String id, String location, boolean open, boolean locked, boolean lit) {

    /** {@code thing}'s state now. */
    public static ThingState of(Thing thing) {
        return new ThingState(thing.id(), thing.location() == null ? null : thing.location().id(), thing.isOpen(),
                thing.isLocked(), thing.isLit());
    }
}
