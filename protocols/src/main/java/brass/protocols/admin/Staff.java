package brass.protocols.admin;

import brass.protocols.account.Roles;
import brass.protocols.play.Lobby;
import brass.world.action.Action;
import brass.world.game.Game;
import brass.world.language.Event;
import brass.world.model.Thing;
import brass.world.parser.Topic;
import brass.world.parser.Verb;
import java.util.List;
import java.util.function.Predicate;

/**
 * Who may do what, by the roles on the account of the player now connected: admins run the
 * server; builders reload the world and, with the admins, hear the builders' channel.
 */
public final class Staff {

    private Staff() {
    }

    /** Players whose account has the admin role. */
    public static Predicate<Thing> admins(Lobby lobby) {
        return actor -> lobby.account(actor).map(a -> a.hasRole(Roles.ADMIN)).orElse(false);
    }

    /** Players whose account is a builder's or an admin's. */
    public static Predicate<Thing> buildersAndAdmins(Lobby lobby) {
        return actor -> lobby.account(actor).map(a -> a.hasRole(Roles.BUILDER) || a.hasRole(Roles.ADMIN)).orElse(false);
    }

    /**
     * Registers {@code verb}, under the help topic {@code building}, refused to anyone {@code may}
     * rejects with "Only {@code who} may use 'verb'." before the action sees the command.
     */
    static void register(Game game, Verb verb, Predicate<Thing> may, String who, Action action) {
        String refusal = "Only " + who + " may use '" + verb.name() + "'.";
        game.register(verb.inTopic(Topic.BUILDING), (command, turn) -> may.test(turn.actor())
                ? action.perform(command, turn)
                : List.of(Event.reply(turn.actor(), refusal)));
    }
}
