package brass.world.model;

import java.util.Locale;
import java.util.Optional;

/** The compass and vertical directions, plus in and out. Named exits ("trapdoor") are not directions. */
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

    private final String abbreviation;
    private final String fromPhrase;

    Direction(String abbreviation, String fromPhrase) {
        this.abbreviation = abbreviation;
        this.fromPhrase = fromPhrase;
    }

    /** The word players type and read: "north", "up", "in". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

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

    /** Parses a full word or its abbreviation ("n", "north"); empty for anything else. */
    public static Optional<Direction> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (Direction d : values()) {
            if (d.word().equals(w) || w.equals(d.abbreviation)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
