package brass.protocols.session;

import brass.protocols.gmcp.GmcpMessage;

/**
 * One item of rendered output handed from the game loop to a {@link Transport}. Telnet writes
 * {@link EchoOff} and a {@link Gmcp}'s message down its pipeline as they are, for its option
 * layer to turn into telnet.
 */
public sealed interface Output {

    /**
     * Rendered text, line ending included where wanted. When {@code shared}, the same
     * {@code String} object goes to every connection with the same rendering (the bystanders of
     * an event, {@code SharedRenderings}), so a transport may make its bytes once for all of
     * them, matching by identity.
     */
    record Text(String text, boolean shared) implements Output {

        /** Text for this connection alone. */
        public Text(String text) {
            this(text, false);
        }
    }

    /** A rendered prompt: the transport adds its protocol's prompt mark. */
    record Prompt(String text) implements Output {
    }

    /** A GMCP message, for a client that asked for its package. */
    record Gmcp(GmcpMessage message) implements Output {
    }

    /** Switches the client's local echo off (true) or back on (false). */
    record EchoOff(boolean off) implements Output {
    }

    /** The number of chars this item counts against the slow-client bound. */
    default int weight() {
        if (this instanceof Text t) {
            return t.text().length();
        }
        if (this instanceof Prompt p) {
            return p.text().length();
        }
        if (this instanceof Gmcp g) {
            return g.message().gmcpPackage().length() + g.message().json().length();
        }
        return 1;
    }
}
