package brass.bench;

import brass.engine.loop.LoopingCall;
import brass.engine.reactor.ManualReactor;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Timer throughput on one thread: how many timers the game loop can schedule and fire per second,
 * and how many LoopingCall ticks (which re-arm one reused timer each) it can run per second. The
 * manual reactor drives the same timer heap and run loop as the real one, minus the parking.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TimerBenchmark {

    private static final int BATCH = 10_000;

    private ManualReactor reactor;
    private long[] delays;
    private long sink;

    @Setup(Level.Iteration)
    public void setUp() {
        reactor = new ManualReactor();
        SplittableRandom random = new SplittableRandom(42);
        delays = new long[BATCH];
        for (int i = 0; i < BATCH; i++) {
            delays[i] = random.nextLong(1, 1_000_000_000L);
        }
        for (int i = 0; i < 100_000; i++) {
            // A standing population of far-future timers, like a busy world's.
            reactor.callLaterNanos(3_600_000_000_000L + i, "standing", () -> { });
        }
    }

    /** Schedule 10,000 one-shot timers at random delays within a second, then fire them all. */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long scheduleAndFire() {
        Runnable task = () -> sink++;
        for (long d : delays) {
            reactor.callLaterNanos(d, "one-shot", task);
        }
        reactor.advanceNanos(1_000_000_000L);
        return sink;
    }

    @State(Scope.Thread)
    public static class Loops {
        ManualReactor reactor;
        long ticks;

        @Setup(Level.Iteration)
        public void setUp() {
            reactor = new ManualReactor();
            for (int i = 0; i < BATCH; i++) {
                // Spread the phases so the loops do not all fire in the same instant.
                reactor.advanceNanos(10_000);
                LoopingCall.withCount(reactor, "crawler", count -> ticks += count)
                        .start(Duration.ofMillis(100), false);
            }
        }
    }

    /** 10,000 count-aware LoopingCalls at 10 Hz: one simulated second per invocation. */
    @Benchmark
    @OperationsPerInvocation(BATCH * 10)
    public long loopingCallTicks(Loops loops) {
        loops.reactor.advanceNanos(1_000_000_000L / 10);
        for (int i = 0; i < 9; i++) {
            loops.reactor.advanceNanos(1_000_000_000L / 10);
        }
        return loops.ticks;
    }
}
