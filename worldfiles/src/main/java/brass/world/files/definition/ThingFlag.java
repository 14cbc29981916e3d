package brass.world.files.definition;

/**
 * The yes/no properties of a thing, each written in world files as a boolean field of the same
 * name ({@link #field()}). The checker makes them consistent before they get here: LOCKED implies
 * LOCKABLE, LOCKABLE implies OPENABLE, LIT implies LIGHT_SOURCE, and OPEN or LOCKED are only set
 * on openable things.
 */
public enum ThingFlag {
    FIXED("fixed"),
    CONTAINER("container"),
    SURFACE("surface"),
    OPENABLE("openable"),
    OPEN("open"),
    LOCKABLE("lockable"),
    LOCKED("locked"),
    KEY("is-key"),
    LIGHT_SOURCE("light-source"),
    LIT("lit"),
    PROPER_NAME("proper-name"),
    MASS_NOUN("mass-noun");

    private final String field;

    ThingFlag(String field) {
        this.field = field;
    }

    /** The field name in world files. */
    public String field() {
        return field;
    }
}
