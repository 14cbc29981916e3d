package brass.protocols.session;

import brass.protocols.gmcp.GmcpMessage;
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

    /**
     * Queues a prompt: {@code markup} without a line ending, marked as a prompt for clients that
     * understand it (IAC EOR, or IAC GA when go-ahead is not suppressed).
     */
    void prompt(String markup);

    /** Queues a GMCP message if the client speaks GMCP and supports its package; otherwise drops it. */
    void sendGmcp(GmcpMessage message);

    /** Hides what the player types (password entry) when true; shows it again when false. */
    void setEchoOff(boolean off);

    /** Sends what is queued, then closes; {@link ConnectionListener#onClose} follows. Idempotent. */
    void close(String reason);

    /** False once closed by either side. */
    boolean isOpen();
}
