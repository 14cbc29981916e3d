package brass.protocols.session;

import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The protocol side of a {@link GameConnection}: how rendered output reaches the wire. */
public interface Transport {

    /**
     * Hands a turn's output to the I/O side; called on the game loop, must not block. The
     * transport writes it all and flushes once, and calls
     * {@link GameConnection#outputWritten(long)} with each item's {@link Output#weight()} once
     * it has left the process.
     */
    void deliver(List<Output> batch);

    /** Closes after writing what was delivered. Any thread. */
    void close(String reason);

    /** Closes at once, dropping unsent output (a client that does not read). Any thread. */
    void abort(String reason);

    SocketAddress remoteAddress();

    /**
     * Writes one raw frame (ANSI text, no line ending) and flushes it; called on the game loop,
     * must not block. Like {@link #deliver}, it calls {@link GameConnection#outputWritten(long)}
     * with {@code ansi.length()} once the frame has left the process. The future completes (on
     * any thread) when the bytes were written, or were dropped because the connection closed.
     * The default delivers it as text and completes at once: frames then cannot be paced.
     */
    default CompletionStage<Void> writeFrame(String ansi) {
        deliver(List.of(new Output.Text(ansi)));
        return CompletableFuture.completedFuture(null);
    }

    /** Whether this client can show full-screen frames; by default, what its capabilities say. */
    default boolean canDrawFullScreen(ClientCapabilities capabilities) {
        return capabilities.fullScreenAnimation();
    }

    /** The game enters or leaves full-screen mode (an SSH view suspends or restores itself). */
    default void fullScreen(boolean on) {
    }

    /**
     * Whether the client's screen keeps the prompt apart from the game's text (an SSH view with
     * its own input line, or one that redraws the line being typed). When false (telnet, plain
     * lines), text that arrives while the cursor sits after a prompt is put on a fresh line, and
     * the prompt is shown again after it.
     */
    default boolean keepsPromptApart() {
        return false;
    }

    /**
     * Whether the client's view wraps text itself, at its own width (an SSH full-screen view,
     * which lays paragraphs out again when the window is resized): text then reaches it unwrapped.
     */
    default boolean wrapsText() {
        return false;
    }

    /** The protocol's name as operators know it ("telnet", "ssh"), for {@code status}. */
    default String protocol() {
        return "other";
    }

    /** Whether, in full-screen mode, each key the player presses arrives as a line of its own. */
    default boolean sendsKeys() {
        return false;
    }
}
