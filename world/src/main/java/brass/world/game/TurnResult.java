package brass.world.game;

import brass.world.language.Event;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one line came to, whether a player typed it or a behaviour made an actor do it.
 *
 * @param events what the action did, in order, already delivered to everyone who saw it; empty
 *     when the line never reached an action (not understood, a question asked back, nothing typed)
 * @param reply what the actor alone was told when nothing happened that anyone else could see:
 *     the parser's complaint or question, an action's refusal ("The table is fixed in place."), a
 *     description; empty when something happened
 */
public record TurnResult(List<Event> events, Optional<String> reply) {

    /** A blank line, or a session that has already ended. */
    static final TurnResult NOTHING = new TurnResult(List.of(), Optional.empty());

    public TurnResult {
        events = List.copyOf(events);
        Objects.requireNonNull(reply, "reply");
    }

    /** The line never reached an action; the actor was told {@code reply}. */
    static TurnResult answered(String reply) {
        return new TurnResult(List.of(), Optional.of(reply));
    }

    /** Whether anything happened that someone other than the actor could see. */
    public boolean happened() {
        for (Event e : events) {
            if (!e.isPrivateToActor()) {
                return true;
            }
        }
        return false;
    }
}
