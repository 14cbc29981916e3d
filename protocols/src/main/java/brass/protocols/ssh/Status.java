package brass.protocols.ssh;

/**
 * What the full-screen view's status line shows.
 *
 * @param room          the name of the room the player stands in, or a phase ("Logging in")
 * @param playersOnline how many players are playing now
 * @param time          the game time as shown, e.g. "14:05"
 */
public record Status(String room, int playersOnline, String time) {

    public static final Status LOGGING_IN = new Status("Logging in", 0, "");
}
