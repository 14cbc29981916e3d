package brass.protocols.admin;

import brass.protocols.account.NameRules;
import brass.protocols.play.Lobby;
import brass.world.action.Turn;
import brass.world.language.Event;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.parser.Command;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kick <player> [reason]}: the player is disconnected at once and told why; their
 * character leaves the world as after {@code quit} (no link-dead grace), so the room sees them
 * go. The player is named in full: a prefix is too easy a way to remove the wrong one.
 */
final class Kick {

    private static final Logger log = LoggerFactory.getLogger(Kick.class);

    private final Lobby lobby;

    Kick(Lobby lobby) {
        this.lobby = lobby;
    }

    List<Event> perform(Command c, Turn t) {
        Thing actor = t.actor();
        String[] words = (c.text() == null ? "" : c.text().strip()).split("\\s+", 2);
        if (words[0].isEmpty()) {
            return List.of(Event.reply(actor, "Kick whom? kick <player> [reason]."));
        }
        Optional<Thing> found = named(t, words[0]);
        if (found.isEmpty()) {
            return List.of(Event.reply(actor, "There is no player called '" + Markup.escape(words[0])
                    + "' in the game."));
        }
        Thing player = found.get();
        if (player == actor) {
            return List.of(Event.reply(actor, "You cannot kick yourself; 'quit' leaves."));
        }
        String reason = words.length > 1 ? words[1].strip() : "";
        log.info("{} kicks {}{}", actor.name(), player.name(), reason.isEmpty() ? "" : ": " + reason);
        // The admin reads the confirmation before the room's "has left the game".
        lobby.game().deliver(Event.reply(actor, "You kick " + player.name() + " out of the game."));
        out(lobby, player, "{red}You have been kicked out of the game by " + actor.name()
                + (reason.isEmpty() ? "." : ": " + Markup.escape(reason)) + "{/}");
        return List.of();
    }

    /** A player in the game called exactly {@code name} (any case). */
    static Optional<Thing> named(Turn t, String name) {
        String key = NameRules.key(name);
        return t.players().stream().filter(p -> NameRules.key(p.name()).equals(key)).findFirst();
    }

    /**
     * Ends {@code player}'s session: {@code farewell} (markup) is the last line they read, the
     * connection closes, and the character leaves the world now, link-dead or not.
     */
    static void out(Lobby lobby, Thing player, String farewell) {
        lobby.game().session(player).ifPresent(s -> s.close(farewell));
    }
}
