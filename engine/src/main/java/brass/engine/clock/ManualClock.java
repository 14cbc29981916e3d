package brass.engine.clock;

import java.time.Duration;

/**
 * A clock that moves only when told. Tests use it (through
 * {@link brass.engine.reactor.ManualReactor}) so that nothing depends on wall time.
 *
 * <p>It may be set backwards on purpose: the engine has to survive clocks that jump.
 */
public final class ManualClock implements Clock {

    private long now;

    public ManualClock() {
        this(0L);
    }

    public ManualClock(long startNanos) {
        this.now = startNanos;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    /** Moves time forward (or backward, for a negative duration); time stops at either end. */
    public void advance(Duration by) {
        advanceNanos(Clock.toNanos(by));
    }

    public void advanceNanos(long by) {
        now = Clock.plus(now, by);
    }

    /** Sets the absolute time. */
    public void set(long nanos) {
        now = nanos;
    }
}
