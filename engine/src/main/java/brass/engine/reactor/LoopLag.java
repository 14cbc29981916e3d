package brass.engine.reactor;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop-lag watchdog: how late each timer fired compared with when it was due.
 *
 * <p>A healthy loop fires timers within a fraction of a millisecond; lag means something on the
 * loop blocked or the machine is overloaded. Lateness is recorded on the loop without locks
 * (an HdrHistogram {@link SingleWriterRecorder}) and can be read from any thread. A stall longer
 * than the threshold is logged as a warning, at most once a second so a sick loop cannot flood
 * the log.
 */
public final class LoopLag {

    private static final Logger log = LoggerFactory.getLogger(LoopLag.class);
    private static final long HIGHEST_TRACKABLE = TimeUnit.MINUTES.toNanos(10);
    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final SingleWriterRecorder recorder = new SingleWriterRecorder(HIGHEST_TRACKABLE, 2);
    private final Histogram total = new Histogram(HIGHEST_TRACKABLE, 2);
    private final Histogram sinceRecent = new Histogram(HIGHEST_TRACKABLE, 2);
    private Histogram interval;
    private final long warnThresholdNanos;
    private long lastWarnAt = Long.MIN_VALUE;
    private long suppressedWarnings;

    public LoopLag(long warnThresholdNanos) {
        this.warnThresholdNanos = warnThresholdNanos;
    }

    /** Records that a timer named {@code name} fired {@code lateNanos} after it was due. Loop only. */
    void record(String name, long lateNanos, long now) {
        long late = Math.max(0, Math.min(lateNanos, HIGHEST_TRACKABLE));
        recorder.recordValue(late);
        if (late >= warnThresholdNanos) {
            if (lastWarnAt == Long.MIN_VALUE || now - lastWarnAt >= WARN_EVERY_NANOS) {
                log.warn("game loop stalled: timer '{}' fired {} ms late{}", name,
                        TimeUnit.NANOSECONDS.toMillis(late),
                        suppressedWarnings > 0 ? " (" + suppressedWarnings + " more stalls since the last warning)" : "");
                lastWarnAt = now;
                suppressedWarnings = 0;
            } else {
                suppressedWarnings++;
            }
        }
    }

    /** The threshold above which a stall is logged. */
    public long warnThresholdNanos() {
        return warnThresholdNanos;
    }

    /** Lag since the reactor started. Safe from any thread. */
    public synchronized Snapshot snapshot() {
        drain();
        return of(total);
    }

    /**
     * Lag since the last call of this method (or the start): what the loop feels now, for the
     * periodic status line and the admin's {@code status}. Safe from any thread.
     */
    public synchronized Snapshot recent() {
        drain();
        Snapshot s = of(sinceRecent);
        sinceRecent.reset();
        return s;
    }

    private void drain() {
        interval = recorder.getIntervalHistogram(interval);
        total.add(interval);
        sinceRecent.add(interval);
    }

    private static Snapshot of(Histogram h) {
        return new Snapshot(h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getMaxValue());
    }

    /** Timer lateness since start, in nanoseconds. */
    public record Snapshot(long timersFired, long p50Nanos, long p99Nanos, long maxNanos) {

        @Override
        public String toString() {
            return String.format("%d timers, lag p50 %.3f ms, p99 %.3f ms, max %.3f ms",
                    timersFired, p50Nanos / 1e6, p99Nanos / 1e6, maxNanos / 1e6);
        }
    }
}
