package brass.world.files.definition;

import java.util.Locale;
import java.util.Optional;

/**
 * The twelve standard exit directions: eight compass points, up and down, in and out. Any other
 * exit name ("ladder", "trapdoor") is a named exit.
 */
public enum Direction {
    NORTH("north", "n"), SOUTH("south", "s"), EAST("east", "e"), WEST("west", "w"),
    NORTHEAST("northeast", "ne"), NORTHWEST("northwest", "nw"),
    SOUTHEAST("southeast", "se"), SOUTHWEST("southwest", "sw"),
    UP("up", "u"), DOWN("down", "d"), IN("in", null), OUT("out", null);

    private final String word;
    private final String abbreviation;

    Direction(String word, String abbreviation) {
        this.word = word;
        this.abbreviation = abbreviation;
    }

    /** The word used in world files and in play, e.g. {@code northeast}. */
    public String word() {
        return word;
    }

    /** The usual one- or two-letter form, e.g. {@code ne}; empty for in and out. */
    public Optional<String> abbreviation() {
        return Optional.ofNullable(abbreviation);
    }

    public Direction opposite() {
        return switch (this) {
            case NORTH -> SOUTH;
            case SOUTH -> NORTH;
            case EAST -> WEST;
            case WEST -> EAST;
            case NORTHEAST -> SOUTHWEST;
            case SOUTHWEST -> NORTHEAST;
            case NORTHWEST -> SOUTHEAST;
            case SOUTHEAST -> NORTHWEST;
            case UP -> DOWN;
            case DOWN -> UP;
            case IN -> OUT;
            case OUT -> IN;
        };
    }

    /** The direction a word or abbreviation names ({@code north}, {@code n}), if any. */
    public static Optional<Direction> parse(String text) {
        for (Direction direction : ALL) {
            if (direction.word.equalsIgnoreCase(text) || text.equalsIgnoreCase(direction.abbreviation)) {
                return PARSED[direction.ordinal()];
            }
        }
        return Optional.empty();
    }

    private static final Direction[] ALL = values();

    /** One answer per direction: a large world parses hundreds of thousands of exits. */
    @SuppressWarnings("unchecked")
    private static final Optional<Direction>[] PARSED = java.util.Arrays.stream(ALL).map(Optional::of)
            .toArray(Optional[]::new);
}
