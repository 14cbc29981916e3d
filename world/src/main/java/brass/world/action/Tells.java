package brass.world.action;

import brass.world.language.Event;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.parser.Command;
import java.util.List;
import java.util.Optional;

/**
 * {@code tell} and {@code reply}: private words to a player anywhere in the game, or, when they
 * are away, to the {@link Postbox} that keeps them for their return. What players type is shown as
 * typed (its braces escaped).
 */
final class Tells {

    private Tells() {
    }

    static List<Event> tell(Command c, Turn t) {
        Optional<Thing> to = t.onlinePlayer(c.word());
        if (to.isEmpty()) {
            Optional<Thing> away = t.world().find(World.playerId(c.word())).filter(Thing::isPlayer);
            if (away.isPresent()) {
                return tellAway(t, away.get(), c.text());
            }
            return reply(t, "There is no player called '" + Markup.escape(c.word()) + "' in the game.");
        }
        if (t.status(to.get()).linkDead()) {
            return tellAsleep(t, to.get(), c.text());
        }
        return tellTo(t, to.get(), c.text());
    }

    static List<Event> reply(Command c, Turn t) {
        Optional<Thing> teller = t.lastTeller();
        if (teller.isEmpty()) {
            return reply(t, "Nobody has told you anything to reply to.");
        }
        String text = c.text() == null ? "" : c.text();
        if (!t.players().contains(teller.get())) {
            return tellAway(t, teller.get(), text);
        }
        return t.status(teller.get()).linkDead() ? tellAsleep(t, teller.get(), text) : tellTo(t, teller.get(), text);
    }

    private static List<Event> tellTo(Turn t, Thing to, String text) {
        if (to == t.actor()) {
            return reply(t, "You mutter to yourself.");
        }
        if (text.isBlank()) {
            return reply(t, "Tell " + to.name() + " what?");
        }
        t.heardBy(to);
        return List.of(new Event(t.actor(), to, null, null, null, "You tell {target}, \"{text}\"",
                "{actor} tells you, \"{text}\"", null, Markup.escape(text)));
    }

    private static List<Event> tellAway(Turn t, Thing to, String text) {
        if (to == t.actor()) {
            return reply(t, "You mutter to yourself.");
        }
        if (text.isBlank()) {
            return reply(t, "Tell " + to.name() + " what?");
        }
        Optional<String> kept = t.postbox().post(t.actor(), to, text.strip());
        return reply(t, kept.orElse(to.name() + " is not in the game."));
    }

    /**
     * To a player whose connection dropped: nobody reads their character now, so the words wait
     * as mail, which they read when they come back (a return from link-dead is a login too).
     */
    private static List<Event> tellAsleep(Turn t, Thing to, String text) {
        if (text == null || text.isBlank()) {
            return reply(t, "Tell " + to.name() + " what?");
        }
        Optional<String> kept = t.postbox().post(t.actor(), to, text.strip());
        return reply(t, to.name() + " is lost in thought (their connection dropped)"
                + (kept.isPresent() ? "; your message will wait for them." : " and can't hear you."));
    }

    private static List<Event> reply(Turn t, String text) {
        return List.of(Event.reply(t.actor(), text));
    }
}
