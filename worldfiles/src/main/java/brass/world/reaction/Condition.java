package brass.world.reaction;

import brass.world.model.Flag;
import java.util.Objects;

/**
 * What must hold for a reaction to go on, as written under {@code if:}, or for a topic to be open,
 * under {@code when:}: one language for both, checked by {@link Conditions}. A reference names a thing
 * by id or by one of the words {@link Ref} knows ({@code self}, {@code player}, {@code thing},
 * {@code here}).
 */
public sealed interface Condition {

    /** {@code holder} carries {@code thing} (directly, or inside something it carries). */
    record Carries(String holder, String thing) implements Condition {
    }

    /** {@code wearer} wears {@code thing}: carries it directly, and has put it on. */
    record Wears(String wearer, String thing) implements Condition {
    }

    /** {@code thing} is (or, when {@code value} is false, is not) in {@code state}: open, locked, lit, worn. */
    record State(String thing, Flag state, boolean value) implements Condition {
        public State {
            Objects.requireNonNull(state, "state");
            if (!state.isState()) {
                throw new IllegalArgumentException(state.word() + " is not a state");
            }
        }
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
