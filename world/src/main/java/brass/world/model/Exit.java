package brass.world.model;

import java.util.Objects;

/**
 * A way out of a room: a direction ({@code north}) or a named exit ({@code trapdoor},
 * {@code ladder}), leading to {@code destination}, perhaps through a {@code door} (a thing of
 * kind DOOR whose one state both sides share). An exit is one-way; a two-way passage is two
 * exits, which {@link World#connect} makes in one call.
 *
 * @param name the word that takes you through: a direction's word or the exit's own name
 * @param direction the direction, or null for a named exit
 * @param door the door, or null for an open passage
 */
public record Exit(String name, Direction direction, Thing destination, Thing door) {

    public Exit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(destination, "destination");
        if (destination.kind() != Thing.Kind.ROOM) {
            throw new IllegalArgumentException("an exit must lead to a room, not " + destination.id());
        }
        if (door != null && door.kind() != Thing.Kind.DOOR) {
            throw new IllegalArgumentException(door.id() + " is not a door");
        }
    }

    /** True when a door bars the way. */
    public boolean blocked() {
        return door != null && !door.isOpen();
    }
}
