package brass.protocols.ssh;

import brass.protocols.play.Lobby;
import brass.protocols.session.Connection;
import brass.world.game.PlayerSession;
import brass.world.model.Thing;
import java.util.Optional;

/**
 * What the full-screen view's status line shows.
 *
 * @param room          the name of the room the player stands in, or a phase ("Logging in", "Left the game")
 * @param playersOnline how many players are in the game, counted as {@code who} counts them
 * @param time          the game time as shown, e.g. "14:05"
 */
public record Status(String room, int playersOnline, String time) {

    public static final Status LOGGING_IN = new Status("Logging in", 0, "");

    /** What the status line says once the player's session has ended (quit, Ctrl-D, a kick). */
    static final String LEFT = "Left the game";

    /**
     * Where the player of {@code connection} is, as they would put it: the room they stand in,
     * "Logging in" before they are in the game, "Left the game" once their session has ended
     * (never the internal room that holds characters out of play). On the loop.
     */
    static String where(Lobby lobby, Connection connection) {
        Optional<Thing> player = lobby.playerOf(connection);
        if (player.isEmpty()) {
            return LOGGING_IN.room();
        }
        Thing actor = player.get();
        boolean playing = lobby.game().session(actor).filter(PlayerSession::isOpen).isPresent();
        Thing room = actor.room();
        return playing && room != null && room != lobby.game().world().limbo() ? room.name() : LEFT;
    }
}
