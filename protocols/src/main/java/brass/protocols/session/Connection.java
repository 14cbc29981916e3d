package brass.protocols.session;

import brass.protocols.gmcp.GmcpMessage;
import brass.world.markup.Markup;
import java.net.SocketAddress;

/**
 * One client, as the game sees it: call every method on the game loop. Text is world markup
 * ({@code brass.world.markup}); it is rendered for this client (colours, width, line endings) and
 * sent once at the end of the loop turn together with everything else queued in that turn.
 */
public interface Connection {

    /** A number unique within this server run, for logs. */
    long id();

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

    /** Queues a GMCP message if the client speaks GMCP and supports its package; otherwise drops it. */
    void sendGmcp(GmcpMessage message);

    /**
     * Hides what the player types (password entry) when true; shows it again when false. The
     * client does not echo the Enter that ends a hidden line either, so the game usually sends
     * an empty line after reading the password.
     */
    void setEchoOff(boolean off);

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
}
