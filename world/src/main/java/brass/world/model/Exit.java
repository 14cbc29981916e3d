package brass.world.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A way out of a room: a direction ({@code north}) or a named exit ({@code trapdoor},
 * {@code ladder}), leading to {@code destination}, perhaps through a {@code door} (a thing of
 * kind DOOR whose one state both sides share). An exit is one-way; a two-way passage is two
 * exits, which {@link World#connect} makes in one call.
 *
 * @param name the word that takes you through: a direction's word or the exit's own name; kept
 *     in lower case, because that is how rooms index their exits and players' words are matched
 * @param direction the direction, or null for a named exit
 * @param door the door, or null for an open passage
 * @param synonyms other words players may use for this exit ({@code hatch} for a trapdoor), in
 *     lower case; {@link Thing#exitCalled} decides what wins when words clash
 * @param description what a player sees looking this way; empty when there is nothing to show
 */
public record Exit(String name, Direction direction, Thing destination, Thing door, List<String> synonyms,
                   String description) {

    public Exit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(destination, "destination");
        if (destination.kind() != Thing.Kind.ROOM) {
            throw new IllegalArgumentException("an exit must lead to a room, not " + destination.id());
        }
        if (door != null && door.kind() != Thing.Kind.DOOR) {
            throw new IllegalArgumentException(door.id() + " is not a door");
        }
        name = name.toLowerCase(Locale.ROOT);
        synonyms = normalised(synonyms);
        description = description == null ? "" : description;
    }

    /** An exit with no synonyms and no description, as code that builds worlds by hand makes them. */
    public Exit(String name, Direction direction, Thing destination, Thing door) {
        this(name, direction, destination, door, List.of(), "");
    }

    /** True when a door bars the way. */
    public boolean blocked() {
        return door != null && !door.isOpen();
    }

    // Lower case and without blanks or repeats, so that matching is a plain equals.
    private static List<String> normalised(List<String> words) {
        if (words == null || words.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(words.size());
        for (String word : words) {
            String w = word.strip().toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && !out.contains(w)) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }
}
