package brass.protocols.guard;

import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caps open connections per {@link ClientAddress} and in total, telnet and SSH counted together
 * (one gate serves both listeners). Every connection asks on arrival, before the game hears of
 * it; a refused one is told why in one line and closed, and the refusal is logged through the
 * {@link LogLimiter}, so a crowd knocking cannot flood the log either. Safe from any thread.
 */
public final class ConnectionGate {

    /** Told to a client whose address already has the most connections allowed. */
    public static final String TOO_MANY_FROM_ADDRESS = "Too many connections from your address; try again later.";
    /** Told to a client when the server has the most connections allowed in all. */
    public static final String SERVER_FULL = "The server is full; try again later.";

    private static final Logger log = LoggerFactory.getLogger(ConnectionGate.class);

    /**
     * @param perAddress open connections one address may have
     * @param total      open connections the server takes in all
     */
    public record Caps(int perAddress, int total) {

        public Caps {
            if (perAddress < 1 || total < 1) {
                throw new IllegalArgumentException("connection caps must be at least 1: " + perAddress + ", " + total);
            }
        }

        public static Caps defaults() {
            return new Caps(20, 10_000);
        }

        /** No caps in practice: for tools and tests that open many connections from one address. */
        public static Caps unlimited() {
            return new Caps(Integer.MAX_VALUE, Integer.MAX_VALUE);
        }
    }

    /** The gate's answer for one connection. An admitted one is released once, when it closes. */
    public final class Admission {
        private final ClientAddress address;
        private final String refusal;
        private final AtomicBoolean released = new AtomicBoolean();

        private Admission(ClientAddress address, String refusal) {
            this.address = address;
            this.refusal = refusal;
        }

        public boolean admitted() {
            return refusal == null;
        }

        /** The line to tell a refused client; null when admitted. */
        public String refusal() {
            return refusal;
        }

        public ClientAddress address() {
            return address;
        }

        /** The connection closed: its place is free. Idempotent; nothing for a refused one. */
        public void release() {
            if (admitted() && released.compareAndSet(false, true)) {
                leave(address);
            }
        }
    }

    private final Caps caps;
    private final LogLimiter logs;
    private final Map<ClientAddress, Integer> open = new HashMap<>();
    private int total;

    public ConnectionGate(Caps caps, LogLimiter logs) {
        this.caps = caps;
        this.logs = logs;
    }

    public Caps caps() {
        return caps;
    }

    /** Asks for a place for a new {@code protocol} connection from {@code remote}. */
    public Admission admit(SocketAddress remote, String protocol) {
        ClientAddress address = ClientAddress.of(remote);
        int fromAddress;
        int inAll;
        synchronized (this) {
            fromAddress = open.getOrDefault(address, 0);
            inAll = total;
            if (fromAddress < caps.perAddress() && inAll < caps.total()) {
                open.put(address, fromAddress + 1);
                total++;
                return new Admission(address, null);
            }
        }
        if (fromAddress >= caps.perAddress()) {
            logs.warn(log, address, "{} connection from {} refused: {} connections from {} already (limit {})",
                    protocol, remote, fromAddress, address, caps.perAddress());
            return new Admission(address, TOO_MANY_FROM_ADDRESS);
        }
        logs.warn(log, address, "{} connection from {} refused: {} connections in all already (limit {})",
                protocol, remote, inAll, caps.total());
        return new Admission(address, SERVER_FULL);
    }

    /** Open connections now: from {@code address}, for tests and health lines. */
    public synchronized int openFrom(ClientAddress address) {
        return open.getOrDefault(address, 0);
    }

    /** Open connections now, in all. */
    public synchronized int openInAll() {
        return total;
    }

    private synchronized void leave(ClientAddress address) {
        open.computeIfPresent(address, (a, n) -> n > 1 ? n - 1 : null);
        total--;
    }
}
