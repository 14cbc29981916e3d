package brass.engine.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.engine.reactor.ManualReactor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link LoopingCall} to the expectations of Twisted's own test cases for the same
 * features (twisted/test/test_task.py), ported as times and counts, not as code.
 */
class LoopingCallTest {

    private final ManualReactor reactor = new ManualReactor();

    private static Duration sec(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }

    private double now() {
        return reactor.clock().seconds();
    }

    private record Call(double time, long count) {
    }

    /** Records (time, count) pairs as Twisted's tests do. */
    private LoopingCall countingLoop(List<Call> calls) {
        return LoopingCall.withCount(reactor, "counter", count -> calls.add(new Call(now(), count)));
    }

    // --- withCount ---------------------------------------------------------------------------

    @Test
    void countsSkippedIntervals_reactorTimeCountSkips() {
        List<Call> calls = new ArrayList<>();
        LoopingCall loop = countingLoop(calls);
        loop.start(sec(0.5), true);
        assertThat(calls).containsExactly(new Call(0, 1));
        reactor.advance(sec(0.51));
        assertThat(calls).containsExactly(new Call(0, 1), new Call(0.51, 1));
        reactor.advance(sec(1.51));
        assertThat(calls).containsExactly(new Call(0, 1), new Call(0.51, 1), new Call(2.02, 3));
        reactor.advance(Duration.ZERO);
        assertThat(calls).hasSize(3);
    }

    @Test
    void lateButWithinAnIntervalCountsOne_countLengthyIntervalCounts() {
        List<Call> calls = new ArrayList<>();
        countingLoop(calls).start(sec(0.5), true);
        reactor.advance(sec(0.51));
        reactor.advance(sec(0.5 * 1.75));
        reactor.advance(sec(0.5 * 0.25));
        assertThat(calls).containsExactly(
                new Call(0, 1), new Call(0.51, 1), new Call(1.385, 1), new Call(1.51, 1));
    }

    @Test
    void tenthOfASecondBoundariesSumExactly_withCountFloatingPointBoundary() {
        List<Long> counts = new ArrayList<>();
        LoopingCall loop = LoopingCall.withCount(reactor, "tenths", counts::add);
        Duration interval = sec(1.0 / 10);
        loop.start(interval, false);
        for (int i = 0; i < 10; i++) {
            reactor.advance(interval);
        }
        assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
        assertThat(counts).doesNotContain(0L);
    }

    @Test
    void intervalZeroAlwaysPassesOne_withCountIntervalZero() {
        List<Long> counts = new ArrayList<>();
        LoopingCall[] loop = new LoopingCall[1];
        loop[0] = LoopingCall.withCount(reactor, "zero", count -> {
            counts.add(count);
            if (counts.size() > 4) {
                loop[0].stop();
            }
        });
        CompletableFuture<LoopingCall> done = loop[0].start(Duration.ZERO, false);
        reactor.advance(Duration.ZERO);
        assertThat(done).isCompletedWithValue(loop[0]);
        assertThat(counts).containsExactly(1L, 1L, 1L, 1L, 1L);
    }

    @Test
    void intervalZeroWaitsForReturnedFuture_withCountIntervalZeroDelay() {
        List<Long> counts = new ArrayList<>();
        CompletableFuture<Void> gate = new CompletableFuture<>();
        LoopingCall[] loop = new LoopingCall[1];
        loop[0] = LoopingCall.withCountAsync(reactor, "zero-delay", count -> {
            counts.add(count);
            if (counts.size() == 2) {
                return gate;
            }
            if (counts.size() > 4) {
                loop[0].stop();
            }
            return null;
        });
        loop[0].start(Duration.ZERO, false);
        reactor.advance(Duration.ZERO);
        assertThat(counts).containsExactly(1L, 1L);
        reactor.advance(sec(2));
        assertThat(counts).containsExactly(1L, 1L);
        gate.complete(null);
        reactor.advance(Duration.ZERO);
        assertThat(counts).containsExactly(1L, 1L, 1L, 1L, 1L);
    }

    @Test
    void intervalChangedWhileWaiting_withCountIntervalZeroDelayThenNonZeroInterval() {
        List<Long> counts = new ArrayList<>();
        CompletableFuture<Void> gate = new CompletableFuture<>();
        LoopingCall loop = LoopingCall.withCountAsync(reactor, "zero-then-two", count -> {
            counts.add(count);
            return counts.size() == 2 ? gate : null;
        });
        loop.start(Duration.ZERO, false);
        reactor.advance(sec(10));
        assertThat(counts).containsExactly(1L, 1L);
        loop.setInterval(sec(2));
        gate.complete(null);
        reactor.advance(sec(7));
        assertThat(counts).containsExactly(1L, 1L, 3L);
        reactor.advance(sec(2));
        assertThat(counts).containsExactly(1L, 1L, 3L, 1L);
        reactor.advance(sec(4));
        assertThat(counts).containsExactly(1L, 1L, 3L, 1L, 2L);
    }

    @Test
    void lateFutureCountsTheBoundariesItCovered_deferredWithCount() {
        List<Long> counts = new ArrayList<>();
        CompletableFuture<Void> first = new CompletableFuture<>();
        LoopingCall loop = LoopingCall.withCountAsync(reactor, "late-future", count -> {
            counts.add(count);
            return counts.size() == 1 ? first : null;
        });
        loop.start(sec(0.2), false);
        assertThat(counts).isEmpty();
        reactor.pump(sec(0.2), sec(0.4));
        assertThat(counts).containsExactly(1L);
        first.complete(null);
        reactor.pump(sec(0.2));
        assertThat(counts).containsExactly(1L, 3L);
    }

    @Test
    void stallOfFiveAndAHalfIntervals() {
        List<Call> calls = new ArrayList<>();
        countingLoop(calls).start(sec(1), true);
        reactor.advance(sec(5.5));
        assertThat(calls).containsExactly(new Call(0, 1), new Call(5.5, 5));
        reactor.advance(sec(0.5));
        assertThat(calls).last().isEqualTo(new Call(6.0, 1));
    }

    @Test
    void stallsOfVariousLengthsAlwaysSumToTheElapsedIntervals() {
        List<Long> counts = new ArrayList<>();
        LoopingCall.withCount(reactor, "stalls", counts::add).start(sec(0.1), true);
        double[] stalls = {0.1, 0.35, 1.0, 0.05, 2.77, 0.1, 0.01, 0.09, 10.0};
        double t = 0;
        for (double s : stalls) {
            reactor.advance(sec(s));
            t += s;
        }
        long elapsedIntervals = (long) Math.floor(Math.round(t * 1e9) / 1e8);
        assertThat(counts.stream().mapToLong(Long::longValue).sum()).isEqualTo(elapsedIntervals + 1);
        assertThat(counts).allMatch(c -> c > 0);
    }

    @Test
    void clockStandingStillSkipsTheCall() {
        List<Call> calls = new ArrayList<>();
        countingLoop(calls).start(sec(1), true);
        reactor.advance(Duration.ZERO);
        reactor.advance(Duration.ZERO);
        assertThat(calls).containsExactly(new Call(0, 1));
    }

    @Test
    void clockGoingBackwardsSkipsTheCallThenResumes() {
        List<Call> calls = new ArrayList<>();
        countingLoop(calls).start(sec(1), true);
        reactor.advance(sec(2));
        assertThat(calls).containsExactly(new Call(0, 1), new Call(2, 2));
        // The clock jumps back three seconds: the timer, due at 3 s, fires only once the clock
        // passes 3 s again, and no boundary has passed since the call at 2 s until then.
        reactor.setTime(sec(-1).toNanos());
        reactor.advance(sec(3.5));
        assertThat(calls).containsExactly(new Call(0, 1), new Call(2, 2));
        reactor.advance(sec(1));
        assertThat(calls).containsExactly(new Call(0, 1), new Call(2, 2), new Call(3.5, 1));
    }

    @Test
    void firstCallWithoutNowCountsOneAtTheFirstBoundary() {
        List<Call> calls = new ArrayList<>();
        countingLoop(calls).start(sec(1), false);
        assertThat(calls).isEmpty();
        reactor.advance(sec(1));
        assertThat(calls).containsExactly(new Call(1, 1));
    }

    @Test
    void restartAfterStopCountsFromTheNewStart() {
        List<Call> calls = new ArrayList<>();
        LoopingCall loop = countingLoop(calls);
        loop.start(sec(1), true);
        reactor.advance(sec(1));
        loop.stop();
        reactor.advance(sec(10));
        CompletableFuture<LoopingCall> again = loop.start(sec(1), true);
        assertThat(again).isNotDone();
        reactor.advance(sec(1));
        assertThat(calls).containsExactly(new Call(0, 1), new Call(1, 1), new Call(11, 1), new Call(12, 1));
    }

    // --- the seed's two uses: animation frames and positions -------------------------------

    /** A snake as the seed draws it: a frame index and an x position advanced by count. */
    private static final class Sprite {
        static final int FRAMES = 10;
        long frame;
        long x;

        void animate(long count) {
            frame = (frame + count) % FRAMES;
        }

        void move(long count) {
            x += count * 3;
        }
    }

    @Test
    void animationEndsWhereItWouldHaveWithoutStalls() {
        ManualReactor smooth = new ManualReactor();
        ManualReactor stalled = new ManualReactor();
        Sprite a = new Sprite();
        Sprite b = new Sprite();
        LoopingCall.withCount(smooth, "frames", a::animate).start(sec(1.0 / 7), true);
        LoopingCall.withCount(smooth, "moves", a::move).start(sec(1.0 / 60), true);
        LoopingCall.withCount(stalled, "frames", b::animate).start(sec(1.0 / 7), true);
        LoopingCall.withCount(stalled, "moves", b::move).start(sec(1.0 / 60), true);

        for (int i = 0; i < 500; i++) {
            smooth.advance(Duration.ofMillis(10));
        }
        // Same five seconds, but with stalls of up to a second at a time.
        double[] steps = {0.3, 1.0, 0.004, 0.7, 0.996, 0.5, 1.0, 0.25, 0.25};
        for (double s : steps) {
            stalled.advance(sec(s));
        }
        assertThat(stalled.now()).isEqualTo(smooth.now());
        assertThat(b.frame).isEqualTo(a.frame);
        assertThat(b.x).isEqualTo(a.x);
        assertThat(a.x).isGreaterThan(0);
    }

    // --- plain LoopingCall ---------------------------------------------------------------

    @Test
    void callsOnBoundariesWithoutDrift_callbackTimeSkips() {
        // The function takes time itself (it moves the clock) and the loop keeps to boundaries.
        List<Double> times = new ArrayList<>();
        LoopingCall loop = LoopingCall.of(reactor, "slow", () -> {
            times.add(now());
            if (times.size() == 2) {
                reactor.manualClock().advance(sec(2.5 - 2));
            }
        });
        loop.start(sec(2), true);
        assertThat(times).containsExactly(0.0);
        reactor.advance(sec(2));
        assertThat(times).containsExactly(0.0, 2.0);
        reactor.advance(sec(1.5));
        assertThat(times).containsExactly(0.0, 2.0, 4.0);
    }

    @Test
    void lateTimerLandsOnNextBoundary_reactorTimeSkips() {
        List<Double> times = new ArrayList<>();
        LoopingCall.of(reactor, "skips", () -> times.add(now())).start(sec(0.5), true);
        reactor.advance(sec(2));
        reactor.advance(sec(1));
        assertThat(times).containsExactly(0.0, 2.0, 3.0);
    }

    @Test
    void basicFunctionAndStop() {
        List<Double> times = new ArrayList<>();
        LoopingCall loop = LoopingCall.of(reactor, "basic", () -> times.add(now()));
        CompletableFuture<LoopingCall> done = loop.start(sec(0.1), true);
        reactor.pump(sec(0.05), sec(0.1), sec(0.1));
        assertThat(times).hasSize(3);
        loop.stop();
        assertThat(done).isCompletedWithValue(loop);
        assertThat(reactor.pendingTimers()).isZero();
    }

    @Test
    void delayedStart() {
        List<Double> times = new ArrayList<>();
        LoopingCall loop = LoopingCall.of(reactor, "delayed", () -> times.add(now()));
        loop.start(sec(0.1), false);
        reactor.pump(sec(0.05), sec(0.1), sec(0.1));
        assertThat(times).hasSize(2);
        loop.stop();
        assertThat(reactor.pendingTimers()).isZero();
    }

    @Test
    void negativeIntervalIsRejected() {
        LoopingCall loop = LoopingCall.of(reactor, "bad", () -> { });
        assertThatThrownBy(() -> loop.start(sec(-1), true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(loop.isRunning()).isFalse();
    }

    @Test
    void startingTwiceIsRejected() {
        LoopingCall loop = LoopingCall.of(reactor, "twice", () -> { });
        loop.start(sec(1), false);
        assertThatThrownBy(() -> loop.start(sec(1), false)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stopBeforeFirstCallPreventsAnyCall() {
        for (double delay : new double[] {0, 10}) {
            boolean[] ran = {false};
            LoopingCall loop = LoopingCall.of(reactor, "never", () -> ran[0] = true);
            loop.start(sec(delay), false);
            loop.stop();
            reactor.advance(sec(20));
            assertThat(ran[0]).isFalse();
            assertThat(reactor.pendingTimers()).isZero();
        }
    }

    @Test
    void resetSkipsAndRestartsTheTimer() {
        boolean[] ran = {false};
        LoopingCall loop = LoopingCall.of(reactor, "reset", () -> ran[0] = true);
        loop.start(sec(2), false);
        reactor.advance(sec(1));
        loop.reset();
        reactor.advance(sec(1));
        assertThat(ran[0]).isFalse();
        reactor.advance(sec(1));
        assertThat(ran[0]).isTrue();
    }

    @Test
    void throwingStopsTheLoopAndFailsTheFuture() {
        int[] calls = {0};
        LoopingCall loop = LoopingCall.of(reactor, "thrower", () -> {
            calls[0]++;
            throw new IllegalStateException("boom");
        });
        CompletableFuture<LoopingCall> done = loop.start(sec(0.1), true);
        assertThat(done).isCompletedExceptionally();
        assertThatThrownBy(done::join).hasRootCauseMessage("boom");
        assertThat(loop.isRunning()).isFalse();
        reactor.advance(sec(1));
        assertThat(calls[0]).isEqualTo(1);
        assertThat(reactor.pendingTimers()).isZero();
    }

    @Test
    void stopThenThrowStillFails_failAndStop() {
        LoopingCall[] loop = new LoopingCall[1];
        loop[0] = LoopingCall.of(reactor, "stop-then-throw", () -> {
            loop[0].stop();
            throw new IllegalStateException("after stop");
        });
        CompletableFuture<LoopingCall> done = loop[0].start(sec(0.1), true);
        assertThatThrownBy(done::join).hasRootCauseMessage("after stop");
    }

    @Test
    void failedReturnedFutureFailsTheLoop_failurePropagation() {
        LoopingCall loop = LoopingCall.ofAsync(reactor, "fails-later", () -> {
            CompletableFuture<Void> f = new CompletableFuture<>();
            reactor.callLater(sec(0.3), "fail", () -> f.completeExceptionally(new IllegalArgumentException("late")));
            return f;
        });
        CompletableFuture<LoopingCall> done = loop.start(sec(1), true);
        assertThat(done).isNotDone();
        reactor.advance(sec(0.3));
        assertThatThrownBy(done::join).hasRootCauseInstanceOf(IllegalArgumentException.class);
        assertThat(reactor.pendingTimers()).isZero();
    }

    @Test
    void returnedFutureIsWaitedFor_waitDeferred() {
        List<Double> times = new ArrayList<>();
        LoopingCall[] loop = new LoopingCall[1];
        loop[0] = LoopingCall.ofAsync(reactor, "waits", () -> {
            times.add(now());
            CompletableFuture<Void> f = new CompletableFuture<>();
            reactor.callLater(sec(1), "finish", () -> {
                loop[0].stop();
                f.complete(null);
            });
            return f;
        });
        CompletableFuture<LoopingCall> done = loop[0].start(sec(0.2), true);
        reactor.pump(sec(0.2), sec(0.8));
        assertThat(times).containsExactly(0.0);
        assertThat(done).isCompletedWithValue(loop[0]);
        assertThat(reactor.pendingTimers()).isZero();
    }

    @Test
    void stopWhileAFutureIsPendingCompletesWhenItFinishes() {
        CompletableFuture<Void> gate = new CompletableFuture<>();
        LoopingCall loop = LoopingCall.ofAsync(reactor, "pending", () -> gate);
        CompletableFuture<LoopingCall> done = loop.start(sec(1), true);
        loop.stop();
        assertThat(done).isNotDone();
        gate.complete(null);
        assertThat(done).isCompletedWithValue(loop);
        reactor.advance(sec(5));
        assertThat(reactor.pendingTimers()).isZero();
    }

    @Test
    void everyIterationWithIntervalZero() {
        int[] ran = {0};
        LoopingCall[] loop = new LoopingCall[1];
        loop[0] = LoopingCall.of(reactor, "every", () -> {
            if (++ran[0] > 5) {
                loop[0].stop();
            }
        });
        CompletableFuture<LoopingCall> done = loop[0].start(Duration.ZERO, true);
        reactor.runUntilIdle();
        assertThat(done).isCompleted();
        assertThat(ran[0]).isEqualTo(6);
    }

    @Test
    void slowDrawSkipsFramesInsteadOfQueueing() {
        // A draw loop at 20 Hz whose writes take 120 ms: it draws every third beat, never overlaps.
        List<Double> draws = new ArrayList<>();
        int[] inFlight = {0};
        int[] maxInFlight = {0};
        LoopingCall.ofAsync(reactor, "draw", () -> {
            draws.add(now());
            inFlight[0]++;
            maxInFlight[0] = Math.max(maxInFlight[0], inFlight[0]);
            CompletableFuture<Void> write = new CompletableFuture<>();
            reactor.callLater(sec(0.12), "write done", () -> {
                inFlight[0]--;
                write.complete(null);
            });
            return write;
        }).start(sec(0.05), true);
        for (int i = 0; i < 100; i++) {
            reactor.advance(sec(0.01));
        }
        assertThat(maxInFlight[0]).isEqualTo(1);
        assertThat(draws).startsWith(0.0, 0.15, 0.3, 0.45);
        assertThat(draws).hasSize(7);
    }
}
