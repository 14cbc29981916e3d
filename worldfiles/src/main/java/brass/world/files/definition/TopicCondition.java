package brass.world.files.definition;

import brass.world.model.Flag;
import java.util.Objects;

/**
 * What must hold for a topic to be open to a player, written under the topic's {@code when:}:
 * {@code carries: journal} (the player has the thing, however deeply), or {@code thing: chest}
 * with {@code is: open} or {@code is: not locked} (a state of a thing). Kept small and on its own
 * so that reactions' conditions can take it over.
 */
public sealed interface TopicCondition {

    /** The player carries {@code thing}, in their hands or in something they carry. */
    record Carries(String thing) implements TopicCondition {
        public Carries {
            Objects.requireNonNull(thing, "thing");
        }
    }

    /** The thing {@code thing} is (or, when {@code value} is false, is not) in {@code state}. */
    record ThingIs(String thing, Flag state, boolean value) implements TopicCondition {
        public ThingIs {
            Objects.requireNonNull(thing, "thing");
            Objects.requireNonNull(state, "state");
        }
    }
}
