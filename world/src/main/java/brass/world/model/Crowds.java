package brass.world.model;

import java.util.Map;
import java.util.Objects;

/**
 * How many others a room names one by one before it counts them instead ("Alice, Bob, and 997
 * others are here."): the world's number, and the rooms that set their own. Builders write them
 * as {@code crowd:} in world.yaml and on rooms; code-built worlds keep {@link #DEFAULT}.
 */
public final class Crowds {

    /** The world's number when its files write none. */
    public static final int DEFAULT = 10;
    /** The largest number a builder may write: a room listing more names than this says nothing a count would not. */
    public static final int MOST = 100_000;

    private int standard = DEFAULT;
    private Map<String, Integer> rooms = Map.of();

    /** The number for {@code room}: its own, or the world's. */
    public int of(Thing room) {
        Integer own = rooms.get(room.id());
        return own == null ? standard : own;
    }

    /** The world's number. */
    public int standard() {
        return standard;
    }

    /**
     * The world's number and the rooms' own (by room id), replacing the ones before: what a build
     * or a reload writes.
     */
    public void set(int standard, Map<String, Integer> rooms) {
        this.standard = check(standard);
        rooms.values().forEach(Crowds::check);
        this.rooms = Map.copyOf(Objects.requireNonNull(rooms, "rooms"));
    }

    private static int check(int n) {
        if (n < 1 || n > MOST) {
            throw new IllegalArgumentException("a crowd is from 1 to " + MOST + ", not " + n);
        }
        return n;
    }
}
