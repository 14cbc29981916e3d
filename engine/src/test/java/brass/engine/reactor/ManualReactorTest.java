package brass.engine.reactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ManualReactorTest {

    private final ManualReactor reactor = new ManualReactor();
    private final List<String> log = new ArrayList<>();

    @Test
    void runsOnlyWhatIsDueInTimeOrderAndFifoAtEqualTimes() {
        reactor.callLater(Duration.ofSeconds(2), "b", () -> log.add("b"));
        reactor.callLater(Duration.ofSeconds(1), "a1", () -> log.add("a1"));
        reactor.callLater(Duration.ofSeconds(1), "a2", () -> log.add("a2"));
        reactor.callLater(Duration.ofSeconds(3), "c", () -> log.add("c"));
        reactor.advance(Duration.ofMillis(999));
        assertThat(log).isEmpty();
        reactor.advance(Duration.ofMillis(1001));
        assertThat(log).containsExactly("a1", "a2", "b");
        assertThat(reactor.pendingTimers()).isEqualTo(1);
    }

    @Test
    void aLoopLocalIsMadeOncePerLoop() {
        List<Reactor> madeFor = new ArrayList<>();
        StringBuilder first = reactor.loopLocal(StringBuilder.class, r -> {
            madeFor.add(r);
            return new StringBuilder("one");
        });
        StringBuilder again = reactor.loopLocal(StringBuilder.class, r -> new StringBuilder("two"));
        ManualReactor other = new ManualReactor();
        StringBuilder others = other.loopLocal(StringBuilder.class, r -> new StringBuilder("three"));

        assertThat(again).isSameAs(first).hasToString("one");
        assertThat(madeFor).containsExactly(reactor);
        assertThat(others).hasToString("three");
    }

    @Test
    void callsMadeDueDuringAdvanceRunInTheSameAdvance() {
        reactor.callLater(Duration.ofSeconds(1), "first", () -> {
            log.add("first");
            reactor.callLater(Duration.ZERO, "chained", () -> log.add("chained"));
        });
        reactor.advance(Duration.ofSeconds(1));
        assertThat(log).containsExactly("first", "chained");
    }

    @Test
    void cancelledCallsNeverRun() {
        DelayedCall call = reactor.callLater(Duration.ofSeconds(1), "x", () -> log.add("x"));
        assertThat(call.isActive()).isTrue();
        call.cancel();
        call.cancel();
        assertThat(call.isActive()).isFalse();
        reactor.advance(Duration.ofSeconds(2));
        assertThat(log).isEmpty();
        assertThat(reactor.pendingTimers()).isZero();
    }

    @Test
    void aThrowingTaskDoesNotStopTheLoop() {
        reactor.callLater(Duration.ofSeconds(1), "bad", () -> {
            throw new IllegalStateException("deliberate");
        });
        reactor.callLater(Duration.ofSeconds(1), "good", () -> log.add("good"));
        reactor.execute(() -> {
            throw new IllegalStateException("also deliberate");
        });
        reactor.execute(() -> log.add("queued"));
        reactor.advance(Duration.ofSeconds(1));
        assertThat(log).containsExactly("good", "queued");
    }

    @Test
    void offloadCompletesOnTheLoopDuringTheNextTurn() {
        CompletableFuture<Integer> f = reactor.offload("answer", () -> 42);
        assertThat(f).isNotDone();
        reactor.runUntilIdle();
        assertThat(f).isCompletedWithValue(42);
        CompletableFuture<Integer> failed = reactor.offload("fails", () -> {
            throw new java.io.IOException("disk");
        });
        reactor.runUntilIdle();
        assertThat(failed).isCompletedExceptionally();
    }

    @Test
    void endOfTurnTasksRunAfterTheTurnsOtherTasks() {
        reactor.execute(() -> {
            log.add("task1");
            reactor.atEndOfTurn(() -> log.add("flush"));
        });
        reactor.execute(() -> log.add("task2"));
        reactor.runUntilIdle();
        assertThat(log).containsExactly("task1", "task2", "flush");
    }

    @Test
    void callLaterOffTheLoopIsRefused() throws Exception {
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                reactor.callLater(Duration.ZERO, "x", () -> { });
                thrown.complete(null);
            } catch (Throwable e) {
                thrown.complete(e);
            }
        });
        t.start();
        t.join(10_000);
        assertThat(thrown.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("not on the game loop");
    }

    @Test
    void runawayZeroDelayReschedulingIsReportedNotHung() {
        Runnable[] again = new Runnable[1];
        again[0] = () -> reactor.callLater(Duration.ZERO, "again", again[0]);
        reactor.callLater(Duration.ZERO, "again", again[0]);
        assertThatThrownBy(reactor::runUntilIdle).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never went idle");
    }

    @Test
    void lagIsRecordedForLateTimers() {
        reactor.callLater(Duration.ofMillis(10), "late", () -> { });
        reactor.advance(Duration.ofMillis(260));
        LoopLag.Snapshot s = reactor.lag().snapshot();
        assertThat(s.timersFired()).isEqualTo(1);
        assertThat(s.maxNanos()).isBetween(249_000_000L, 251_000_000L);
        // Recorded, never logged: on a manual clock lateness is the size of the test's own step.
        assertThat(reactor.lag().warnThresholdNanos()).isEqualTo(Long.MAX_VALUE);
    }
}
