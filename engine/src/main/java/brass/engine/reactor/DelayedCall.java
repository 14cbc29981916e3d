package brass.engine.reactor;

/**
 * A handle on a task scheduled with {@link Reactor#callLater}. Use it on the game loop only.
 */
public interface DelayedCall {

    /** Cancels the call if it has not run yet. Cancelling twice, or after it ran, does nothing. */
    void cancel();

    /** True while the call is scheduled: not yet run and not cancelled. */
    boolean isActive();

    /** When the call is (or was) due, on the reactor's clock, in nanoseconds. */
    long dueNanos();

    /**
     * Schedules this same call again at an absolute time (whether or not it is active now).
     * This lets a repeating task reuse its handle instead of allocating a new one every tick.
     */
    void rescheduleAt(long dueNanos);
}
