package brass.world.game;

/**
 * What the game writes to one player: a telnet or SSH connection, the console, a transcript, a
 * test's list. Called on the game loop, one call per message; an adapter must not block here,
 * but queue the text for its own I/O thread. Text is world text, possibly with colour markup
 * such as {@code {red}...{/}}, which the adapter renders for its client.
 */
public interface PlayerView {

    /** Where a non-player actor's replies go when a behaviour moves it: nobody reads them. */
    PlayerView NOBODY = text -> {
    };

    /** One message: a line or a few lines, without a trailing newline. */
    void send(String text);

    /** Asks for the next command; {@code prompt} is e.g. "> ". */
    default void prompt(String prompt) {
    }

    /** The session is over; {@code farewell} is its last word ("Goodbye."). Disconnect after showing it. */
    default void close(String farewell) {
    }
}
