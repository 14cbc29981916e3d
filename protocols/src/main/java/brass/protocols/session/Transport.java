package brass.protocols.session;

import java.net.SocketAddress;
import java.util.List;

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
}
