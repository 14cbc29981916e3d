package brass.engine.clock;

import java.time.Duration;

/**
 * The game's sense of time: a monotonic count of nanoseconds from an arbitrary origin.
 *
 * <p>Time is kept in whole nanoseconds rather than floating-point seconds so that interval
 * arithmetic (which boundary are we on?) is exact: Twisted has to special-case floating-point
 * boundaries that never arise here.
 */
public interface Clock {

    /** Now, in nanoseconds from this clock's origin. Only differences are meaningful. */
    long nanoTime();

    /** Now, in seconds from this clock's origin, for display and logs. */
    default double seconds() {
        return nanoTime() / 1e9;
    }

    /** Converts a duration to nanoseconds, saturating instead of overflowing. */
    static long toNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException overflow) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
