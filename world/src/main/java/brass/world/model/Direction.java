package brass.world.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The twelve standard directions: eight compass points, up and down, in and out. Any other exit
 * name ("ladder", "trapdoor") is a named exit, not a direction. World files and players write
 * them the same way: the word or its abbreviation.
 */
public enum Direction {
    NORTH("n", "from the north"),
    NORTHEAST("ne", "from the northeast"),
    EAST("e", "from the east"),
    SOUTHEAST("se", "from the southeast"),
    SOUTH("s", "from the south"),
    SOUTHWEST("sw", "from the southwest"),
    WEST("w", "from the west"),
    NORTHWEST("nw", "from the northwest"),
    UP("u", "from above"),
    DOWN("d", "from below"),
    IN(null, "from inside"),
    OUT(null, "from outside");

    private final String word;
    private final String abbreviation;
    private final String fromPhrase;

    Direction(String abbreviation, String fromPhrase) {
        this.word = name().toLowerCase(Locale.ROOT);
        this.abbreviation = abbreviation;
        this.fromPhrase = fromPhrase;
    }

    /** The word players type and read, and world files use: "north", "up", "in". */
    public String word() {
        return word;
    }

    /** The usual one- or two-letter form, e.g. {@code ne}; empty for in and out. */
    public Optional<String> abbreviation() {
        return Optional.ofNullable(abbreviation);
    }

    /**
     * How an arrival through the exit pointing this way back is told: someone who comes in by
     * the room's north exit "arrives from the north"; by its up exit, "from above".
     */
    public String fromPhrase() {
        return fromPhrase;
    }

    public Direction opposite() {
        return switch (this) {
            case NORTH -> SOUTH;
            case NORTHEAST -> SOUTHWEST;
            case EAST -> WEST;
            case SOUTHEAST -> NORTHWEST;
            case SOUTH -> NORTH;
            case SOUTHWEST -> NORTHEAST;
            case WEST -> EAST;
            case NORTHWEST -> SOUTHEAST;
            case UP -> DOWN;
            case DOWN -> UP;
            case IN -> OUT;
            case OUT -> IN;
        };
    }

    /** Parses a full word or its abbreviation ("n", "North"); empty for anything else. */
    public static Optional<Direction> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        // Lower-casing text that is already lower case makes no copy.
        String w = word.toLowerCase(Locale.ROOT);
        for (Direction d : ALL) {
            if (d.word.equals(w) || w.equals(d.abbreviation)) {
                return PARSED[d.ordinal()];
            }
        }
        return Optional.empty();
    }

    private static final Direction[] ALL = values();

    /** One answer per direction: a large world file parses hundreds of thousands of exits. */
    @SuppressWarnings("unchecked")
    private static final Optional<Direction>[] PARSED = Arrays.stream(ALL).map(Optional::of).toArray(Optional[]::new);
}
