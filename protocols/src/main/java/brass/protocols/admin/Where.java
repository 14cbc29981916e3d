package brass.protocols.admin;

import brass.protocols.play.Lobby;
import brass.world.action.Turn;
import brass.world.language.Event;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.parser.Command;
import java.util.List;
import java.util.Optional;

/** {@code where [player]}: which room every player is in (name and id), or one player. */
final class Where {

    private final Lobby lobby;

    Where(Lobby lobby) {
        this.lobby = lobby;
    }

    List<Event> perform(Command c, Turn t) {
        String name = c.text() == null ? "" : c.text().strip();
        if (!name.isEmpty()) {
            Optional<Thing> player = t.onlinePlayer(name);
            return List.of(Event.reply(t.actor(), player.map(this::line)
                    .orElse("There is no player called '" + Markup.escape(name) + "' in the game.")));
        }
        List<Thing> players = t.players();
        StringBuilder text = new StringBuilder("Players in the game (" + players.size() + "):");
        for (Thing p : players) {
            text.append("\n  ").append(line(p));
        }
        return List.of(Event.reply(t.actor(), text.toString()));
    }

    /** "Mallory: Cellar (cellar)", and ", link-dead" while the connection is down. */
    private String line(Thing player) {
        Thing room = player.room();
        return player.name() + ": " + room.name() + " (" + room.id() + ")"
                + (lobby.isLinkDead(player) ? ", link-dead" : "");
    }
}
