package brass.protocols.play;

import brass.engine.clock.Clock;
import brass.engine.reactor.DelayedCall;
import brass.engine.reactor.LoopLag;
import brass.engine.reactor.ManualReactor;
import brass.engine.reactor.Reactor;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link ManualReactor} that counts the password checks handed to the worker pool: how many
 * were started, and the most that were ever under way at once (a check is under way from its
 * offload until the hashing is done).
 */
final class HashCountingReactor implements Reactor {

    private final ManualReactor manual = new ManualReactor();
    private int started;
    private int underWay;
    private int mostAtOnce;

    int hashesStarted() {
        return started;
    }

    int mostHashesAtOnce() {
        return mostAtOnce;
    }

    void advance(Duration by) {
        manual.advance(by);
    }

    void runUntilIdle() {
        manual.runUntilIdle();
    }

    @Override
    public <T> CompletableFuture<T> offload(String name, Callable<T> work) {
        if (!name.equals("verify password")) {
            return manual.offload(name, work);
        }
        started++;
        underWay++;
        mostAtOnce = Math.max(mostAtOnce, underWay);
        return manual.offload(name, () -> {
            try {
                return work.call();
            } finally {
                underWay--;
            }
        });
    }

    @Override
    public Clock clock() {
        return manual.clock();
    }

    @Override
    public DelayedCall callLaterNanos(long delayNanos, String name, Runnable task) {
        return manual.callLaterNanos(delayNanos, name, task);
    }

    @Override
    public void execute(Runnable task) {
        manual.execute(task);
    }

    @Override
    public boolean inLoop() {
        return manual.inLoop();
    }

    @Override
    public void atEndOfTurn(Runnable task) {
        manual.atEndOfTurn(task);
    }

    @Override
    public <T> T loopLocal(Class<T> type, java.util.function.Function<? super Reactor, ? extends T> make) {
        return manual.loopLocal(type, r -> make.apply(this));
    }

    @Override
    public LoopLag lag() {
        return manual.lag();
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        return manual.shutdown();
    }
}
