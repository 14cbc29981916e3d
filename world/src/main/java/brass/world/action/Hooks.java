package brass.world.action;

import brass.world.language.Event;
import brass.world.model.Thing;
import brass.world.parser.Command;
import java.util.List;

/**
 * Where the world's own reactions (declared in world files) hear what actors do and answer the
 * questions an action must ask before it acts: whether an actor accepts a gift, whether an actor
 * lets itself be picked up, whether an actor answers a question. The game holds one set
 * ({@code Game.hooks}); without reactions every answer is the plain one ({@link #NONE}). Runs on
 * the game loop.
 */
public interface Hooks {

    /** No reactions: gifts are accepted, nobody is picked up, no question is answered. */
    Hooks NONE = new Hooks() {
    };

    /**
     * {@code actor} did {@code command}, and {@code events} (already delivered) tell of it; an
     * object the command named was acted on when an event others can see has it as its subject.
     */
    default void acted(Thing actor, Command command, List<Event> events) {
    }

    /**
     * Whether {@code receiver}, an actor who is not a player, accepts {@code gift} from
     * {@code giver}. An actor who declines leaves the gift with the giver.
     */
    default boolean accepts(Thing receiver, Thing giver, Thing gift) {
        return true;
    }

    /** Whether {@code actor} (not a player) reacts to being picked up, rather than refusing it. */
    default boolean reactsToBeingTaken(Thing actor) {
        return false;
    }

    /**
     * {@code asker} asks {@code actor} about {@code topic} (words as typed, trimmed): runs the
     * actor's {@code asked} reactions that match, and says whether any did. A command such as
     * {@code ask pembrook about the heart} calls this and gives the actor's default reply when
     * it returns false.
     */
    default boolean asked(Thing asker, Thing actor, String topic) {
        return false;
    }
}
