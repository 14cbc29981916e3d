package brass.bench;

import brass.engine.reactor.EventLoopReactor;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleFunction;

/** What the load runs share: how a run ends and is reported. */
final class LoadRuns {

    private LoadRuns() {
    }

    /**
     * Lets the loop run for {@code seconds}, then prints {@code report} of the seconds that passed
     * and shuts the loop down. The run ends on the loop's own timer, so the report is taken in one
     * loop turn.
     */
    static void reportAfter(EventLoopReactor reactor, int seconds, DoubleFunction<String> report) throws Exception {
        long t0 = System.nanoTime();
        CompletableFuture<String> done = new CompletableFuture<>();
        reactor.execute(() -> reactor.callLater(Duration.ofSeconds(seconds), "report",
                () -> done.complete(report.apply((System.nanoTime() - t0) / 1e9))));
        System.out.println(done.get());
        reactor.shutdown().get();
    }
}
