package brass.world.reaction;

import java.util.Objects;

/**
 * What must hold for a reaction to go on, as written under {@code if:}. A reference names a thing
 * by id or by one of the words {@link Ref} knows ({@code self}, {@code player}, {@code thing},
 * {@code here}).
 */
public sealed interface Condition {

    /** {@code holder} carries {@code thing} (directly, or inside something it carries). */
    record Carries(String holder, String thing) implements Condition {
    }

    /** {@code thing} is directly in, on or carried by {@code place}. */
    record Where(String thing, String place) implements Condition {
    }

    /** {@code of}'s counter {@code name} is within {@code atLeast..atMost} (a flag: 1..1, or 0..0 when not set). */
    record Counter(String of, String name, long atLeast, long atMost) implements Condition {
    }

    /** Holds {@code percent} times in a hundred, drawn from the game's random numbers. */
    record Chance(int percent) implements Condition {
    }

    /** The one who set it off is a player ({@code player}), or a player who may reload the world ({@code builder}). */
    record Role(String role) implements Condition {
    }

    /** Between {@code atLeast} and {@code atMost} players are in the room. */
    record Players(int atLeast, int atMost) implements Condition {
    }

    /** {@code condition} does not hold. */
    record Not(Condition condition) implements Condition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }
}
