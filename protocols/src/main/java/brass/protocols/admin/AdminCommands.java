package brass.protocols.admin;

import brass.protocols.play.Lobby;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.parser.Verb;
import java.util.function.Predicate;

/** Registers the admin commands and the builders' and admins' channel on a lobby's game. */
public final class AdminCommands {

    private AdminCommands() {
    }

    /**
     * Registers {@code goto}, {@code where}, {@code transfer}, {@code kick}, {@code ban},
     * {@code unban}, {@code bans}, {@code announce}, {@code shutdown} (admins only), and makes {@code bans} the lobby's gate. Call on the loop, once.
     *
     * @param stop how {@code shutdown} stops the server
     */
    public static void install(Lobby lobby, Bans bans, ServerStop stop) {
        Game game = lobby.game();
        Predicate<Thing> admins = Staff.admins(lobby);
        Broadcast broadcast = new Broadcast(lobby);
        BanCommands banning = new BanCommands(lobby, bans);
        Shutdown shutdown = new Shutdown(game.reactor(), broadcast, stop);
        lobby.gate(bans);
        String a = "admins";
        Staff.register(game, Verb.text("goto", "goto <player|room id>: (admins) go straight to a player or a room.")
                .withExamples("goto Bob", "goto cellar"),
                admins, a, Teleport::goTo);
        Staff.register(game, Verb.text("where", "where [player]: (admins) the room every player is in, or one.")
                .withExamples("where", "where Bob"),
                admins, a, new Where(lobby)::perform);
        Staff.register(game, Verb.text("transfer", "transfer <player> [here|room id]: (admins) bring a player to"
                + " you, or send them to a room.").withExamples("transfer Bob", "transfer Bob cellar"), admins, a, Teleport::transfer);
        Staff.register(game, Verb.text("kick", "kick <player> [reason]: (admins) disconnect a player, who is told"
                + " the reason.").withExamples("kick Mallory spamming"), admins, a, new Kick(lobby)::perform);
        Staff.register(game, Verb.text("ban", "ban <name|address> [duration] [reason]: (admins) keep a character,"
                + " or an IP address or block, out: e.g. 'ban Mallory 7d spamming', 'ban 203.0.113.0/24 2h'."
                + " No duration: for good.").withExamples("ban Mallory 7d spamming", "ban 203.0.113.0/24 2h"), admins, a, banning::ban);
        Staff.register(game, Verb.text("unban", "unban <name|address>: (admins) lift a ban.").withExamples("unban Mallory"), admins, a,
                banning::unban);
        Staff.register(game, Verb.simple("bans", "bans: (admins) list the bans in force.").withExamples("bans"), admins, a,
                banning::list);
        Staff.register(game, Verb.text("announce", "announce <text>: (admins) tell every player, marked as an"
                + " announcement.").withExamples("announce The server restarts at noon."), admins, a, broadcast::announce);
        Staff.register(game, Verb.text("shutdown", "shutdown [delay] [reason]: (admins) stop the server after"
                + " warning everyone (default in 1m; 'now' at once); 'shutdown cancel' calls it off.")
                .withExamples("shutdown 5m maintenance", "shutdown now", "shutdown cancel"), admins, a,
                shutdown::perform);
    }
}
