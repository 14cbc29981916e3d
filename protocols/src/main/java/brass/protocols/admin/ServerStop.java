package brass.protocols.admin;

/**
 * Stops the whole server, as SIGTERM does: supplied by the composition root, which alone knows
 * how. Called on the game loop; it must not wait for the loop (the stop does), so it starts the
 * stop elsewhere and returns.
 */
@FunctionalInterface
public interface ServerStop {

    /** Begins a clean stop; {@code why} is for the log. */
    void stop(String why);
}
