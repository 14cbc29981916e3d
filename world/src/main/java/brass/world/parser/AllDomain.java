package brass.world.parser;

/**
 * What "all" means for a verb, and which of several matching things it would rather mean:
 * "take key" prefers a key you don't yet carry, "drop key" one you do.
 */
public enum AllDomain {
    /** "all" is not allowed. */
    NONE,
    /** Portable things lying in the room (or in the container named after "from"). */
    ROOM,
    /** What the actor carries. */
    INVENTORY
}
