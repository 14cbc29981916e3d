package brass.protocols.session;

import brass.protocols.gmcp.GmcpMessage;
import brass.world.markup.Markup;
import java.net.SocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One client, as the game sees it: call every method on the game loop. Text is world markup
 * ({@code brass.world.markup}); it is rendered for this client (colours, width, line endings) and
 * sent once at the end of the loop turn together with everything else queued in that turn.
 */
public interface Connection {

    /** A number unique within this server run, for logs. */
    long id();

    /** How the player is connected ("telnet", "ssh", ...), for the admin's {@code status}. */
    default String protocol() {
        return "other";
    }

    SocketAddress remoteAddress();

    /** What the client has said about itself so far. */
    ClientCapabilities capabilities();

    /** Queues {@code markup} followed by a line ending. */
    void send(String markup);

    /** Queues text parsed earlier (world text parsed once and kept), followed by a line ending. */
    void send(Markup markup);

    /**
     * Queues a prompt: {@code markup} without a line ending, marked as a prompt for clients that
     * understand it (IAC EOR, or IAC GA when go-ahead is not suppressed).
     */
    void prompt(String markup);

    /** {@link #prompt(String)} for text parsed earlier. */
    void prompt(Markup markup);

    /**
     * The game now answers a line the client typed earlier and the game held while it was busy
     * (a login waiting for the database): what follows is that line's answer, as if the line had
     * just come, not news arriving while the player sits at the prompt (which would start a fresh
     * line and repeat the prompt after it).
     */
    default void answeringHeldLine() {
    }

    /** Queues a GMCP message if the client speaks GMCP and supports its package; otherwise drops it. */
    void sendGmcp(GmcpMessage message);

    /**
     * Hides what the player types (password entry) when true; shows it again when false. The
     * client does not echo the Enter that ends a hidden line either, so the game usually sends
     * an empty line after reading the password.
     */
    void setEchoOff(boolean off);

    /**
     * Renders with {@code level} whatever the client reports (the player's {@code colour}
     * choice), or with what the client reports again when null. A connection that renders
     * nothing itself ignores it.
     */
    default void overrideColour(brass.protocols.render.ColourLevel level) {
    }

    /** Sends what is queued, then closes; {@link ConnectionListener#onClose} follows. Idempotent. */
    void close(String reason);

    /**
     * Output handed to the network but not yet written (in chars): a measure of how far behind a
     * slow client is. An animation can skip a frame while it is high; past
     * {@link ConnectionLimits#maxPendingOutput()} the client is disconnected.
     */
    long pendingOutput();

    /** False once closed by either side. */
    boolean isOpen();

    // ---- full-screen animation (watching the terrarium) ----------------------------------------
    //
    // Defaults keep every other implementation compiling: a connection that does nothing special
    // says it cannot draw, and sends frames as plain text, finished at once.

    /**
     * True when the client can show a full-screen animation: it understands ANSI cursor movement
     * (telnet: a VT100-capable terminal type or MTTS VT100; SSH: a PTY).
     */
    default boolean canDrawFullScreen() {
        return capabilities().fullScreenAnimation();
    }

    /**
     * Enters (true) or leaves (false) full-screen mode. While on, the screen belongs to raw
     * frames: ordinary text (what others say, the cockroach scuttling past) is held back and
     * shown when the mode ends, and prompts are dropped. An SSH view suspends its own scrolling
     * output, status line and input line, and hands each key to the game as a one-key line.
     */
    default void fullScreen(boolean on) {
    }

    /**
     * Whether, in full-screen mode, each key arrives as a one-key line (an SSH view) rather than
     * as lines ended with Enter (telnet).
     */
    default boolean sendsKeys() {
        return false;
    }

    /**
     * Writes one frame of ANSI output now, unrendered and without a line ending, ahead of the
     * turn's batched text. The future completes on the game loop once the bytes were written to
     * the socket (or dropped with a closed connection): a draw loop returns it, so that a slow
     * client skips frames instead of queueing them.
     */
    default CompletionStage<Void> sendFrame(String ansi) {
        return CompletableFuture.completedFuture(null);
    }
}
