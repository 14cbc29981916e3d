package brass.engine.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.engine.clock.ManualClock;
import brass.engine.reactor.ManualReactor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/**
 * What Twisted's tests do not cover: intervals so long that a due time would overflow, a stopped
 * loop started again while its last call is still in progress, and a call whose result the game
 * loop refuses to take back (shut down, or its inbox full).
 */
class LoopingCallCornerCasesTest {

    /** As long as a Duration in nanoseconds can be: the due time must saturate, not wrap. */
    private static final Duration FOREVER = Duration.ofNanos(Long.MAX_VALUE);

    private final ManualReactor reactor = new ManualReactor();

    private static Duration sec(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }

    /** A step whose calls each return a future the test completes; counts calls and overlaps. */
    private static final class Gated implements LoopingCall.Step {
        final ManualReactor reactor;
        final List<CompletableFuture<Void>> gates = new ArrayList<>();
        final List<Double> times = new ArrayList<>();
        int inProgress;
        int mostAtOnce;

        Gated(ManualReactor reactor) {
            this.reactor = reactor;
        }

        @Override
        public CompletableFuture<Void> call() {
            times.add(reactor.clock().seconds());
            inProgress++;
            mostAtOnce = Math.max(mostAtOnce, inProgress);
            CompletableFuture<Void> gate = new CompletableFuture<>();
            gates.add(gate);
            return gate.whenComplete((ok, error) -> inProgress--);
        }

        CompletableFuture<Void> gate(int call) {
            return gates.get(call);
        }
    }

    // --- (a) due times saturate ----------------------------------------------------------------

    @Test
    void resetWithAHugeIntervalWaitsInsteadOfRunningContinuously() {
        int[] calls = {0};
        LoopingCall loop = LoopingCall.of(reactor, "forever", () -> calls[0]++);
        loop.start(FOREVER, false);
        reactor.advance(sec(1));
        loop.reset();
        reactor.advance(Duration.ofDays(365));
        assertThat(calls[0]).isZero();
        assertThat(loop.isRunning()).isTrue();
        assertThat(reactor.pendingTimers()).isEqualTo(1);
    }

    @Test
    void restartWithAHugeIntervalCallsOnceAndThenWaits() {
        int[] calls = {0};
        LoopingCall loop = LoopingCall.of(reactor, "forever", () -> calls[0]++);
        loop.start(FOREVER, true);
        loop.stop();
        reactor.advance(sec(1));
        loop.start(FOREVER, true);
        reactor.advance(Duration.ofDays(365));
        assertThat(calls[0]).isEqualTo(2);
        assertThat(reactor.pendingTimers()).isEqualTo(1);
    }

    @Test
    void aHugeIntervalSetOnARunningLoopWaits() {
        int[] calls = {0};
        LoopingCall loop = LoopingCall.of(reactor, "slowing", () -> calls[0]++);
        reactor.advance(sec(1));
        loop.start(sec(1), false);
        reactor.advance(sec(0.5));
        loop.setInterval(FOREVER);
        reactor.advance(sec(0.5));
        assertThat(calls[0]).isEqualTo(1);
        reactor.advance(Duration.ofDays(365));
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void theManualClockSaturatesToo() {
        int[] calls = {0};
        reactor.advance(sec(1));
        reactor.callLater(FOREVER, "never", () -> calls[0]++);
        reactor.advance(FOREVER);
        assertThat(reactor.now()).isEqualTo(Long.MAX_VALUE);
        // Due at the end of time: it runs only when time ends, and time never goes past it.
        assertThat(calls[0]).isEqualTo(1);
        reactor.advance(sec(1));
        assertThat(reactor.now()).isEqualTo(Long.MAX_VALUE);
    }

    // --- (b) a stopped run's call in progress ------------------------------------------------

    @Test
    void startingAgainWhileTheStoppedCallIsInProgressWaitsForIt() {
        Gated step = new Gated(reactor);
        LoopingCall loop = LoopingCall.ofAsync(reactor, "restart", step);
        CompletableFuture<LoopingCall> first = loop.start(sec(1), true);
        reactor.advance(sec(0.25));
        loop.stop();
        CompletableFuture<LoopingCall> second = loop.start(sec(1), true);
        assertThat(loop.isRunning()).isTrue();
        assertThat(step.times).containsExactly(0.0);
        assertThat(first).isNotDone();
        reactor.advance(sec(0.25));
        step.gate(0).complete(null);
        // The old run ends with its call; the new run's first call follows at once, alone.
        assertThat(first).isCompletedWithValue(loop);
        assertThat(step.times).containsExactly(0.0, 0.5);
        assertThat(step.mostAtOnce).isEqualTo(1);
        assertThat(second).isNotDone();
        step.gate(1).complete(null);
        reactor.advance(sec(0.5));
        assertThat(step.times).containsExactly(0.0, 0.5);
        reactor.advance(sec(0.25));
        // Boundaries are the new run's: it started at 0.25.
        assertThat(step.times).containsExactly(0.0, 0.5, 1.25);
    }

    @Test
    void aStoppedRunsFailureFailsOnlyThatRun() {
        Gated step = new Gated(reactor);
        LoopingCall loop = LoopingCall.ofAsync(reactor, "old-failure", step);
        CompletableFuture<LoopingCall> first = loop.start(sec(1), true);
        loop.stop();
        CompletableFuture<LoopingCall> second = loop.start(sec(1), false);
        reactor.advance(sec(0.5));
        step.gate(0).completeExceptionally(new IllegalStateException("old write failed"));
        assertThat(first).isCompletedExceptionally();
        assertThatThrownBy(first::join).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(IllegalStateException.class).hasRootCauseMessage("old write failed");
        assertThat(second).isNotDone();
        assertThat(loop.isRunning()).isTrue();
        reactor.advance(sec(0.5));
        assertThat(step.times).containsExactly(0.0, 1.0);
        step.gate(1).complete(null);
        loop.stop();
        assertThat(second).isCompletedWithValue(loop);
        reactor.advance(sec(10));
        assertThat(step.times).containsExactly(0.0, 1.0);
        assertThat(reactor.pendingTimers()).isZero();
    }

    @Test
    void stoppingAgainBeforeTheOldCallFinishesNeverCallsAndCompletesBothRuns() {
        Gated step = new Gated(reactor);
        LoopingCall loop = LoopingCall.ofAsync(reactor, "stop-twice", step);
        CompletableFuture<LoopingCall> first = loop.start(sec(1), true);
        loop.stop();
        CompletableFuture<LoopingCall> second = loop.start(sec(1), true);
        loop.stop();
        assertThat(second).isCompletedWithValue(loop);
        assertThat(first).isNotDone();
        step.gate(0).complete(null);
        assertThat(first).isCompletedWithValue(loop);
        reactor.advance(sec(10));
        assertThat(step.times).containsExactly(0.0);
        assertThat(loop.isRunning()).isFalse();
        assertThat(reactor.pendingTimers()).isZero();
    }

    @Test
    void restartingFromInsideTheCallRunsTheNewFirstCallAfterItReturns() {
        List<String> events = new ArrayList<>();
        LoopingCall[] loop = new LoopingCall[1];
        loop[0] = LoopingCall.of(reactor, "reentrant", () -> {
            events.add("call begins");
            if (events.size() == 1) {
                loop[0].stop();
                loop[0].start(sec(1), true);
            }
            events.add("call ends");
        });
        CompletableFuture<LoopingCall> first = loop[0].start(sec(1), true);
        assertThat(events).containsExactly("call begins", "call ends", "call begins", "call ends");
        assertThat(first).isCompletedWithValue(loop[0]);
        assertThat(loop[0].isRunning()).isTrue();
    }

    // --- (c) the loop refuses to take a result back ------------------------------------------

    /** Completes {@code gate} on another thread, as a socket's write future is completed. */
    private static void completeOffTheLoop(CompletableFuture<Void> gate) throws InterruptedException {
        Thread io = new Thread(() -> gate.complete(null), "test-io");
        io.start();
        io.join();
    }

    @Test
    void aResultTheShutDownLoopRefusesStopsTheLoopAndFailsItsFuture() throws InterruptedException {
        Gated step = new Gated(reactor);
        LoopingCall loop = LoopingCall.ofAsync(reactor, "draw", step);
        CompletableFuture<LoopingCall> done = loop.start(sec(1), true);
        reactor.shutdown();
        completeOffTheLoop(step.gate(0));
        assertThat(done).isCompletedExceptionally();
        assertThatThrownBy(done::join).hasCauseInstanceOf(RejectedExecutionException.class)
                .hasRootCauseMessage("the game loop is shutting down");
        assertThat(loop.isRunning()).isFalse();
        assertThatThrownBy(loop::stop).isInstanceOf(IllegalStateException.class)
                .hasMessage("looping call 'draw' is not running");
        assertThat(loop.toString()).isEqualTo("LoopingCall[draw, stopped]");
    }

    @Test
    void aResultRefusedByAFullInboxStopsTheLoopWhichCanBeStartedAgain() throws InterruptedException {
        ManualReactor reactor = new ManualReactor(new ManualClock(), 2);
        Gated step = new Gated(reactor);
        LoopingCall loop = LoopingCall.ofAsync(reactor, "draw", step);
        CompletableFuture<LoopingCall> done = loop.start(sec(1), true);
        reactor.execute(() -> { });
        reactor.execute(() -> { });
        completeOffTheLoop(step.gate(0));
        assertThat(done).isCompletedExceptionally();
        assertThatThrownBy(done::join).hasCauseInstanceOf(RejectedExecutionException.class)
                .hasRootCauseMessage("the game loop's inbox is full (2 tasks)");
        assertThat(loop.isRunning()).isFalse();
        reactor.runUntilIdle();
        // Nothing of the refused run is left: a new run calls at once and keeps its beat.
        CompletableFuture<LoopingCall> again = loop.start(sec(1), true);
        assertThat(step.times).containsExactly(0.0, 0.0);
        step.gate(1).complete(null);
        reactor.advance(sec(1));
        assertThat(step.times).containsExactly(0.0, 0.0, 1.0);
        step.gate(2).complete(null);
        loop.stop();
        assertThat(again).isCompletedWithValue(loop);
    }

    @Test
    void aRefusedResultOfAStoppedRunAlsoStopsTheRunWaitingForIt() throws InterruptedException {
        Gated step = new Gated(reactor);
        LoopingCall loop = LoopingCall.ofAsync(reactor, "draw", step);
        CompletableFuture<LoopingCall> first = loop.start(sec(1), true);
        loop.stop();
        CompletableFuture<LoopingCall> second = loop.start(sec(1), true);
        reactor.shutdown();
        completeOffTheLoop(step.gate(0));
        assertThat(first).isCompletedExceptionally();
        assertThat(second).isCompletedExceptionally();
        assertThatThrownBy(first::join).hasCauseInstanceOf(RejectedExecutionException.class);
        assertThatThrownBy(second::join).hasCauseInstanceOf(RejectedExecutionException.class);
        assertThat(loop.isRunning()).isFalse();
        reactor.advance(sec(10));
        assertThat(step.times).containsExactly(0.0);
        assertThat(reactor.pendingTimers()).isZero();
    }
}
