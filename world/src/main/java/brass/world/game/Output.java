package brass.world.game;

/**
 * Where a session's text goes: a telnet or SSH connection, the console, a test's list.
 * Called on the game loop, one call per message; an adapter must not block here, but queue the
 * text for its own I/O thread. Text is world text, possibly with colour markup such as
 * {@code {red}...{/}}, which the adapter renders for its client.
 */
public interface Output {

    /** One message: a line or a few lines, without a trailing newline. */
    void send(String text);

    /** Asks for the next command; {@code prompt} is e.g. "> ". */
    default void prompt(String prompt) {
    }

    /** The session is over; {@code farewell} is its last word ("Goodbye."). Disconnect after showing it. */
    default void close(String farewell) {
    }
}
