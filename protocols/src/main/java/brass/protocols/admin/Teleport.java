package brass.protocols.admin;

import brass.world.action.Descriptions;
import brass.world.action.Turn;
import brass.world.language.Event;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.parser.Command;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code goto} and {@code transfer}: someone goes straight to a room, not by its exits. Like any
 * movement it is told to each observer in their own words: the room left sees them vanish, the
 * room reached sees them appear, and the one moved reads where they are now.
 */
final class Teleport {

    private static final Logger log = LoggerFactory.getLogger(Teleport.class);

    private Teleport() {
    }

    /** {@code goto <player|room id>}. */
    static List<Event> goTo(Command c, Turn t) {
        Thing actor = t.actor();
        String where = text(c);
        if (where.isEmpty()) {
            return reply(actor, "Go to whom, or where? goto <player> or goto <room id>.");
        }
        Optional<Thing> there = destination(t, where);
        if (there.isEmpty()) {
            return reply(actor, "There is no player called '" + Markup.escape(where)
                    + "' in the game, nor a room with that id.");
        }
        if (there.get() == actor.room()) {
            return reply(actor, "You are already there.");
        }
        log.info("{} goes to {}", actor.name(), there.get().id());
        List<Event> events = move(actor, there.get());
        events.add(Event.reply(actor, Descriptions.room(there.get(), actor)));
        return events;
    }

    /** {@code transfer <player> [here|room id]}. */
    static List<Event> transfer(Command c, Turn t) {
        Thing actor = t.actor();
        String[] words = text(c).split("\\s+", 2);
        if (words[0].isEmpty()) {
            return reply(actor, "Transfer whom? transfer <player> [here|room id].");
        }
        Optional<Thing> found = t.onlinePlayer(words[0]);
        if (found.isEmpty()) {
            return reply(actor, "There is no player called '" + Markup.escape(words[0]) + "' in the game.");
        }
        Thing player = found.get();
        String where = words.length > 1 ? words[1].strip() : "here";
        Thing there = where.equalsIgnoreCase("here") ? actor.room() : room(t, where).orElse(null);
        if (there == null) {
            return reply(actor, "There is no room with the id '" + Markup.escape(where) + "'.");
        }
        if (player == actor) {
            return reply(actor, "To move yourself, use goto.");
        }
        if (player.room() == there) {
            return reply(actor, player.name() + " is already in " + there.name() + " (" + there.id() + ").");
        }
        log.info("{} transfers {} to {}", actor.name(), player.name(), there.id());
        List<Event> events = move(player, there);
        events.add(Event.reply(player, actor.name() + " has brought you here."));
        events.add(Event.reply(player, Descriptions.room(there, player)));
        events.add(Event.reply(actor, "You bring " + player.name() + " to " + there.name() + " (" + there.id() + ")."));
        return events;
    }

    /** A player by name (or a prefix of it), else a room by id. */
    private static Optional<Thing> destination(Turn t, String where) {
        Optional<Thing> player = t.onlinePlayer(where);
        return player.isPresent() ? Optional.of(player.get().room()) : room(t, where);
    }

    /** A room by its id in the world files; limbo, where players who left wait, is no destination. */
    private static Optional<Thing> room(Turn t, String id) {
        return t.world().find(id).filter(Thing::isRoom).filter(r -> r != t.world().limbo());
    }

    /** The move and what the two rooms see of it. */
    private static List<Event> move(Thing who, Thing there) {
        List<Event> events = new ArrayList<>(4);
        events.add(new Event(who, null, null, null, who.room(), null, null, "{actor} vanishes.", null));
        who.moveTo(there);
        events.add(new Event(who, null, null, null, there, null, null, "{actor} appears out of thin air.", null));
        return events;
    }

    private static String text(Command c) {
        return c.text() == null ? "" : c.text().strip();
    }

    private static List<Event> reply(Thing actor, String text) {
        return List.of(Event.reply(actor, text));
    }
}
