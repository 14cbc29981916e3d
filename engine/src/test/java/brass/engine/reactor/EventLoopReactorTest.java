package brass.engine.reactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.engine.clock.Clock;
import brass.engine.clock.SystemClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real loop thread. These tests wait on futures with generous bounds; they never sleep and
 * never assert on how long anything took.
 */
class EventLoopReactorTest {

    private final EventLoopReactor reactor = new EventLoopReactor().start();

    @AfterEach
    void stop() throws Exception {
        reactor.shutdown().get(10, TimeUnit.SECONDS);
    }

    @Test
    void executeRunsOnTheLoopThread() throws Exception {
        CompletableFuture<Boolean> inLoop = new CompletableFuture<>();
        reactor.execute(() -> inLoop.complete(reactor.inLoop()));
        assertThat(inLoop.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reactor.inLoop()).isFalse();
    }

    @Test
    void tasksFromOneThreadRunInOrder() throws Exception {
        List<Integer> seen = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        for (int i = 0; i < 10_000; i++) {
            int n = i;
            reactor.execute(() -> seen.add(n));
        }
        reactor.execute(() -> done.complete(null));
        done.get(10, TimeUnit.SECONDS);
        assertThat(seen).hasSize(10_000).isSorted();
    }

    @Test
    void timersFireInOrder() throws Exception {
        // Each callLater reads the clock, so a stall between two of them on a busy machine would
        // reorder their deadlines. The clock is held still while they are scheduled: all four
        // count from the same instant, and only the timer heap decides the order.
        // Null when running; System.nanoTime() may be any long, negative included.
        java.util.concurrent.atomic.AtomicReference<Long> heldAt = new java.util.concurrent.atomic.AtomicReference<>();
        Clock holdable = () -> {
            Long held = heldAt.get();
            return held != null ? held : System.nanoTime();
        };
        EventLoopReactor held = new EventLoopReactor(holdable, EventLoopReactor.Settings.defaults()).start();
        try {
            List<String> order = new ArrayList<>();
            CompletableFuture<List<String>> done = new CompletableFuture<>();
            held.execute(() -> {
                heldAt.set(System.nanoTime());
                held.callLater(Duration.ofMillis(30), "c", () -> {
                    order.add("c");
                    done.complete(order);
                });
                held.callLater(Duration.ofMillis(10), "a", () -> order.add("a"));
                held.callLater(Duration.ofMillis(20), "b", () -> order.add("b"));
                held.callLater(Duration.ofMillis(15), "cancelled", () -> order.add("cancelled")).cancel();
                heldAt.set(null);
            });
            assertThat(done.get(10, TimeUnit.SECONDS)).containsExactly("a", "b", "c");
        } finally {
            held.shutdown().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void offloadRunsOffTheLoopAndCompletesOnIt() throws Exception {
        CompletableFuture<String> where = new CompletableFuture<>();
        reactor.execute(() -> reactor.offload("which thread", () -> Thread.currentThread().getName())
                .thenAccept(worker -> where.complete(worker + " then " + (reactor.inLoop() ? "loop" : "elsewhere"))));
        assertThat(where.get(10, TimeUnit.SECONDS)).startsWith("brass-offload-").endsWith(" then loop");
    }

    @Test
    void aThrowingTaskIsLoggedAndTheLoopGoesOn() throws Exception {
        reactor.execute(() -> {
            throw new IllegalStateException("deliberate");
        });
        CompletableFuture<String> after = new CompletableFuture<>();
        reactor.execute(() -> after.complete("alive"));
        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo("alive");
    }

    @Test
    void shutdownRunsWhatWasQueuedThenRefusesMore() throws Exception {
        CountDownLatch ran = new CountDownLatch(100);
        for (int i = 0; i < 100; i++) {
            reactor.execute(ran::countDown);
        }
        reactor.shutdown().get(10, TimeUnit.SECONDS);
        assertThat(ran.getCount()).isZero();
        assertThatThrownBy(() -> reactor.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void aFullInboxRefusesInsteadOfGrowing() throws Exception {
        EventLoopReactor.Settings tiny = new EventLoopReactor.Settings(4, 16, 1, 4, 100_000_000L);
        EventLoopReactor small = new EventLoopReactor(SystemClock.INSTANCE, tiny).start();
        CountDownLatch blocker = new CountDownLatch(1);
        CompletableFuture<Void> blocked = new CompletableFuture<>();
        try {
            // Hold the loop inside one task so the inbox can only fill.
            small.execute(() -> {
                blocked.complete(null);
                try {
                    blocker.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            blocked.get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 4; i++) {
                small.execute(() -> { });
            }
            assertThatThrownBy(() -> small.execute(() -> { }))
                    .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("full");
        } finally {
            blocker.countDown();
            small.shutdown().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void lagSnapshotIsReadableFromAnyThread() throws Exception {
        CompletableFuture<Void> fired = new CompletableFuture<>();
        reactor.execute(() -> reactor.callLater(Duration.ofMillis(1), "tick", () -> fired.complete(null)));
        fired.get(10, TimeUnit.SECONDS);
        assertThat(reactor.lag().snapshot().timersFired()).isEqualTo(1);
    }

    @Test
    void callRunsOnTheLoopAndCarriesItsResultOrFailure() throws Exception {
        assertThat(reactor.call(reactor::inLoop).get(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Object> failed = reactor.call(() -> {
            throw new java.io.IOException("no");
        });
        assertThatThrownBy(() -> failed.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("no");
        reactor.shutdown().get(10, TimeUnit.SECONDS);
        assertThat(reactor.call(() -> 1)).isCompletedExceptionally();
    }
}
