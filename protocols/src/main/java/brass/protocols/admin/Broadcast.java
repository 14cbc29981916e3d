package brass.protocols.admin;

import brass.protocols.gmcp.Gmcp;
import brass.protocols.play.Lobby;
import brass.world.language.Event;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.parser.Command;
import brass.world.action.Turn;
import java.util.List;

/**
 * Text for many players at once, wherever they are: an admin's {@code announce} to everyone and
 * the server's own notices (a shutdown coming). (The builders' channel is one of the lobby's
 * channels, {@code brass.protocols.play.Channels}.)
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
}
