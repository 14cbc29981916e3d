package brass.protocols.admin;

import brass.protocols.gmcp.Gmcp;
import brass.protocols.play.Lobby;
import brass.world.language.Event;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.parser.Command;
import brass.world.action.Turn;
import java.util.List;
import java.util.function.Predicate;

/**
 * Text for many players at once, wherever they are: an admin's {@code announce} to everyone, the
 * builders' and admins' {@code wiz} channel, and the server's own notices (a shutdown coming).
 * What a player typed is shown as typed: its braces are escaped, as {@code chat} does.
 */
final class Broadcast {

    private final Lobby lobby;

    Broadcast(Lobby lobby) {
        this.lobby = lobby;
    }

    /** {@code markup} to every connected player. */
    void toEveryone(String markup) {
        for (Thing p : lobby.game().players()) {
            lobby.connection(p).ifPresent(c -> c.send(markup));
        }
    }

    /** {@code announce <text>}. */
    List<Event> announce(Command c, Turn t) {
        String text = c.text() == null ? "" : c.text().strip();
        if (text.isEmpty()) {
            return List.of(Event.reply(t.actor(), "Announce what?"));
        }
        for (Thing p : lobby.game().players()) {
            lobby.connection(p).ifPresent(conn -> {
                conn.send("{yellow}[announcement]{/} " + Markup.escape(text));
                conn.sendGmcp(Gmcp.commChannelText("announce", t.actor().name(), text));
            });
        }
        return List.of();
    }

    /** {@code wiz <text>}: heard by builders and admins only. */
    List<Event> wiz(Command c, Turn t, Predicate<Thing> hears) {
        Thing talker = t.actor();
        String text = c.text() == null ? "" : c.text().strip();
        if (text.isEmpty()) {
            return List.of(Event.reply(talker, "Say what on the wiz channel?"));
        }
        for (Thing p : lobby.game().players()) {
            if (!hears.test(p)) {
                continue;
            }
            lobby.connection(p).ifPresent(conn -> {
                String who = p == talker ? "You say" : talker.name() + " says";
                conn.send("{magenta}[wiz]{/} " + who + ": " + Markup.escape(text));
                conn.sendGmcp(Gmcp.commChannelText("wiz", talker.name(), text));
            });
        }
        return List.of();
    }
}
