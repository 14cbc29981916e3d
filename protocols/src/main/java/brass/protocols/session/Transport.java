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
        return capabilities.cursorAddressing();
    }

    /** The game enters or leaves full-screen mode (an SSH view suspends or restores itself). */
    default void fullScreen(boolean on) {
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
