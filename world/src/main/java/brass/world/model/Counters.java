package brass.world.model;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The flags and counters builders' reactions and scripts keep on things and players: named
 * whole numbers, 0 until set (a flag is a counter that is 0 or 1). Set on the game loop; a change
 * marks its thing for the next checkpoint, as a move does, so they last across restarts.
 */
public final class Counters {

    /** What a counter's name may be: a word of lower-case letters, digits and dashes. */
    public static final Pattern NAME = Pattern.compile("[a-z][a-z0-9\\-]{0,47}");

    private final World world;
    private final Map<Thing, TreeMap<String, Long>> values = new IdentityHashMap<>();

    Counters(World world) {
        this.world = world;
    }

    /** {@code thing}'s counter {@code name}; 0 when never set. */
    public long get(Thing thing, String name) {
        Map<String, Long> of = values.get(thing);
        Long v = of == null ? null : of.get(name);
        return v == null ? 0 : v;
    }

    /** Sets {@code thing}'s counter {@code name}; 0 removes it (it reads 0 anyway). */
    public void set(Thing thing, String name, long value) {
        Objects.requireNonNull(thing, "thing");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a counter's name: use lower-case letters, "
                    + "digits and dashes");
        }
        if (get(thing, name) == value) {
            return;
        }
        if (value == 0) {
            TreeMap<String, Long> of = values.get(thing);
            of.remove(name);
            if (of.isEmpty()) {
                values.remove(thing);
            }
        } else {
            values.computeIfAbsent(thing, t -> new TreeMap<>()).put(name, value);
        }
        world.markChanged(thing);
    }

    /** Adds {@code by} to {@code thing}'s counter {@code name} (saturating) and returns the new value. */
    public long add(Thing thing, String name, long by) {
        long was = get(thing, name);
        long sum = was + by;
        // Overflow pins the counter at the end it ran into, rather than wrapping to the other.
        long now = ((was ^ sum) & (by ^ sum)) < 0 ? (by > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : sum;
        set(thing, name, now);
        return now;
    }

    /** {@code thing}'s counters that are not 0, by name. */
    public Map<String, Long> of(Thing thing) {
        TreeMap<String, Long> of = values.get(thing);
        return of == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(of));
    }

    /** Replaces all of {@code thing}'s counters (a restore, a reload); marks it when they change. */
    public void replace(Thing thing, Map<String, Long> wanted) {
        if (of(thing).equals(wanted)) {
            return;
        }
        values.remove(thing);
        wanted.forEach((name, value) -> {
            if (value != 0) {
                values.computeIfAbsent(thing, t -> new TreeMap<>()).put(name, value);
            }
        });
        world.markChanged(thing);
    }

    /** Forgets a removed thing's counters. */
    void forget(Thing thing) {
        values.remove(thing);
    }
}
