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

    /**
     * {@code time + nanos}, held at {@link Long#MAX_VALUE} (or {@link Long#MIN_VALUE}) instead of
     * wrapping round: a due time "an enormous interval from now" is the end of time, never the past.
     */
    static long plus(long time, long nanos) {
        long sum = time + nanos;
        // Overflow only when both operands have the same sign and the sum's sign differs.
        if (((time ^ sum) & (nanos ^ sum)) < 0) {
            return nanos > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return sum;
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
