package brass.world.action;

import brass.world.language.Event;
import brass.world.language.Sentences;
import brass.world.model.Thing;
import brass.world.parser.Command;
import java.util.List;

/** What the actions answer the actor alone: a description, or a refusal (which the turn hears of). */
final class Replies {

    private Replies() {
    }

    /** A private answer that is no refusal: a description, a list. */
    static List<Event> reply(Turn t, String text) {
        return List.of(Event.reply(t.actor(), text));
    }

    /** The action will not do it: "You can't go that way." */
    static List<Event> refuse(Turn t, String text) {
        t.refused();
        return reply(t, text);
    }

    /** A refusal, prefixed with the thing's name when several things were meant: "table: It is fixed in place." */
    static Event refusal(Turn t, Command c, Thing o, String message) {
        t.refused();
        String m = Sentences.capitalise(message);
        return Event.reply(t.actor(), c.several() ? o.name() + ": " + m : m);
    }
}
