package brass.protocols.session;

/**
 * What the game does with one connection. Every method is called on the game loop. Create one
 * per connection in the factory the server calls for each new client.
 */
public interface ConnectionListener {

    /** A line the player typed, decoded, with control characters removed. */
    void onLine(String line);

    /** The client told us something new about itself. */
    default void onCapabilities(ClientCapabilities capabilities) {
    }

    /** A GMCP message other than the Core negotiation the protocol layer handles itself. */
    default void onGmcp(String gmcpPackage, String json) {
    }

    /**
     * The client has sent nothing for the server's idle time. Return true to keep it connected
     * (the timer starts again); the default closes it.
     */
    default boolean onIdle() {
        return false;
    }

    /** The connection is gone (closed by either side); called exactly once, last. */
    void onClose(String reason);
}
