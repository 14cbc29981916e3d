package brass.protocols.play;

import brass.world.model.Thing;

/**
 * What a client's mapper is told of a room beyond the live model: the area it belongs to, as the
 * world files name it. The server answers from the world's current definition (so a reload that
 * moves a room to another area is told from then on); read on the game loop.
 */
@FunctionalInterface
public interface RoomAtlas {

    /** No areas known: every room's area is empty. */
    RoomAtlas NONE = room -> "";

    /** The display name of {@code room}'s area, or empty when it has none. */
    String area(Thing room);

    /**
     * What kind of place {@code room} is, as its file's {@code environment:} says ("inside",
     * "street", "forest"): a mapper colours rooms by it. Empty when the file says nothing.
     */
    default String environment(Thing room) {
        return "";
    }

    /**
     * A stable number for a room, from its id alone, as Mudlet's mapper keeps rooms by: the same
     * across restarts and reloads (Java's {@code String.hashCode} is fixed by the language), 1 to
     * 2^31-1 so that it fits a mapper's 32-bit room number.
     */
    static long number(Thing room) {
        long n = room.id().hashCode() & 0x7fffffffL;
        return n == 0 ? 1 : n;
    }
}
