package brass.protocols.session;

import brass.engine.reactor.Reactor;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * How long the server takes to answer a player: from the moment a line arrives on its I/O thread
 * to the moment the answer (or, for a command that says nothing, the connection's next output)
 * leaves the game loop for the I/O thread again. It is the server's own share of what a player
 * waits, without the network, the I/O thread's write and the client: what the load tool measures
 * on the far side of a loaded box is this plus those, and the difference says which side to fix.
 *
 * <p>One per game loop ({@link Reactor#loopLocal}); loop-confined. The status closes a window of it
 * every ten seconds ({@link #takeWindow}).
 */
public final class AnswerTimes {

    /** One window's answers: how many, and the time of the median, the 99th percentile and the slowest. */
    public record Snapshot(long count, long p50Nanos, long p99Nanos, long maxNanos) {
    }

    private static final long LONGEST = TimeUnit.MINUTES.toNanos(10);

    private final Histogram window = new Histogram(LONGEST, 2);

    private AnswerTimes() {
    }

    /** The loop's answer times. */
    public static AnswerTimes of(Reactor reactor) {
        return reactor.loopLocal(AnswerTimes.class, r -> new AnswerTimes());
    }

    void record(long nanos) {
        window.recordValue(Math.max(0, Math.min(nanos, LONGEST)));
    }

    /** The answers since the last call, and a fresh window. */
    public Snapshot takeWindow() {
        Snapshot s = new Snapshot(window.getTotalCount(), window.getValueAtPercentile(50),
                window.getValueAtPercentile(99), window.getMaxValue());
        window.reset();
        return s;
    }
}
