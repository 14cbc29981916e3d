package brass.bench;

import brass.engine.clock.SystemClock;
import brass.engine.loop.LoopingCall;
import brass.engine.reactor.EventLoopReactor;
import brass.engine.reactor.LoopLag;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Load run on the real game loop: N count-aware LoopingCalls at a given rate for a while. Do they
 * keep up? The sum of counts must equal N times the elapsed intervals whatever the lag, and the
 * lag percentiles say how late ticks fired.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.bench.LoopingCallLoad [loops] [hz] [seconds]</pre>
 */
public final class LoopingCallLoad {

    public static void main(String[] args) throws Exception {
        int loops = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int hz = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        EventLoopReactor reactor = new EventLoopReactor(SystemClock.INSTANCE,
                EventLoopReactor.Settings.defaults().withLagWarn(TimeUnit.SECONDS.toNanos(10))).start();
        long[] counted = new long[1];
        long[] calls = new long[1];
        long[] startedAt = new long[1];
        LoopingCall[] all = new LoopingCall[loops];
        Duration interval = Duration.ofNanos(1_000_000_000L / hz);
        CompletableFuture<Void> started = new CompletableFuture<>();
        reactor.execute(() -> {
            startedAt[0] = reactor.now();
            for (int i = 0; i < loops; i++) {
                all[i] = LoopingCall.withCount(reactor, "load", count -> {
                    counted[0] += count;
                    calls[0]++;
                });
                all[i].start(interval, false);
            }
            started.complete(null);
        });
        started.get(60, TimeUnit.SECONDS);
        long cpuBefore = cpuNanos();
        long wallBefore = System.nanoTime();
        CompletableFuture<long[]> done = new CompletableFuture<>();
        reactor.execute(() -> reactor.callLater(Duration.ofSeconds(seconds), "finish", () -> {
            long elapsed = reactor.now() - startedAt[0];
            for (LoopingCall l : all) {
                l.stop();
            }
            done.complete(new long[] {counted[0], calls[0], elapsed});
        }));
        long[] r = done.get(seconds + 120L, TimeUnit.SECONDS);
        long wall = System.nanoTime() - wallBefore;
        long cpu = cpuNanos() - cpuBefore;
        LoopLag.Snapshot lag = reactor.lag().snapshot();
        reactor.shutdown().get(30, TimeUnit.SECONDS);
        long expectedPerLoop = r[2] / interval.toNanos();
        System.out.printf("loops=%d rate=%d Hz run=%d s%n", loops, hz, seconds);
        System.out.printf("calls made=%d (%.0f/s), intervals counted=%d, expected about %d (%.4f of expected)%n",
                r[1], r[1] / (r[2] / 1e9), r[0], expectedPerLoop * loops, r[0] / (double) (expectedPerLoop * loops));
        System.out.printf("process CPU %.1f%% of one core; lag %s%n", 100.0 * cpu / wall, lag);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
