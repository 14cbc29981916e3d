package brass.protocols.session;

/**
 * Per-connection bounds.
 *
 * @param maxPendingOutput chars of output handed to the I/O side but not yet written to the
 *                         socket; beyond it the client is too slow and is disconnected
 * @param maxQueuedLines   input lines waiting for the game loop; beyond it lines are dropped
 *                         with a notice to the player
 */
public record ConnectionLimits(long maxPendingOutput, int maxQueuedLines) {

    public static ConnectionLimits defaults() {
        return new ConnectionLimits(1 << 20, 64);
    }
}
