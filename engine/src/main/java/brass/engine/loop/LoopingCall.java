package brass.engine.loop;

import brass.engine.clock.Clock;
import brass.engine.reactor.DelayedCall;
import brass.engine.reactor.Reactor;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a function repeatedly on the game loop, on interval boundaries measured from the start
 * time, with the semantics of Twisted's {@code task.LoopingCall}.
 *
 * <ul>
 *   <li>{@link #start} returns a future that completes (with this loop) when {@link #stop()} is
 *       called, and fails when the function throws or its returned future fails, which also stops
 *       the loop.</li>
 *   <li>If the function returns a future, the next call waits until it completes: calls never
 *       overlap. A slow consumer therefore skips beats instead of piling them up, which is exactly
 *       what a draw loop that returns its write future wants.</li>
 *   <li>The next call lands on the next interval boundary after now, measured from the start, so
 *       the loop never drifts however late individual calls run.</li>
 *   <li>{@link #withCount} passes the function the number of interval boundaries that passed since
 *       it last ran: after a one-second stall at 10 Hz it gets about 10, so an animation can advance
 *       by {@code count} frames and end up exactly where it would have been. With {@code now=true}
 *       the first call gets 1. If no boundary passed (the clock stood still or went backwards) the
 *       call is skipped. An interval of 0 always passes 1.</li>
 * </ul>
 *
 * <p>One deliberate difference from Twisted: starting a stopped withCount loop again forgets when
 * it last ran, so the first count after a restart is 1 rather than the whole stopped period.
 * (Twisted keeps the old time, and then measures it against the new start time's boundaries.)
 *
 * <p>Time is whole nanoseconds, so Twisted's floating-point boundary fixes are unnecessary here.
 * A loop must be used on its reactor's loop thread only. It reuses one timer handle for its whole
 * life, so a running loop allocates nothing per tick.
 */
public final class LoopingCall {

    private static final Logger log = LoggerFactory.getLogger(LoopingCall.class);

    /** A step that may return a future to wait for; {@code null} means "done already". */
    @FunctionalInterface
    public interface Step {
        CompletionStage<?> call() throws Exception;
    }

    /** A counted step: {@code count} is how many interval boundaries passed since the last call. */
    @FunctionalInterface
    public interface CountedStep {
        CompletionStage<?> call(long count) throws Exception;
    }

    private final Reactor reactor;
    private final String name;
    private final Step step;
    private final Runnable fire = this::fire;

    private boolean running;
    private long startTime;
    private long interval;
    private boolean runAtStart;
    private DelayedCall timer;
    private boolean scheduled;
    private CompletableFuture<LoopingCall> completion;

    // withCount's memory of when the function last really ran.
    private boolean hasLastTime;
    private long lastTime;

    private LoopingCall(Reactor reactor, String name, Step step) {
        this.reactor = Objects.requireNonNull(reactor, "reactor");
        this.name = Objects.requireNonNull(name, "name");
        this.step = step;
    }

    private LoopingCall(Reactor reactor, String name, CountedStep counted) {
        this.reactor = Objects.requireNonNull(reactor, "reactor");
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(counted, "step");
        this.step = () -> {
            long count = countSinceLastCall();
            return count > 0 ? counted.call(count) : null;
        };
    }

    /** A loop calling a plain function. */
    public static LoopingCall of(Reactor reactor, String name, Runnable f) {
        Objects.requireNonNull(f, "f");
        return new LoopingCall(reactor, name, () -> {
            f.run();
            return null;
        });
    }

    /** A loop calling a function that may return a future to wait for. */
    public static LoopingCall ofAsync(Reactor reactor, String name, Step f) {
        return new LoopingCall(reactor, name, Objects.requireNonNull(f, "f"));
    }

    /** A count-aware loop: {@code f} receives how many intervals passed since it last ran. */
    public static LoopingCall withCount(Reactor reactor, String name, LongConsumer f) {
        Objects.requireNonNull(f, "f");
        return new LoopingCall(reactor, name, count -> {
            f.accept(count);
            return null;
        });
    }

    /** A count-aware loop whose function may return a future to wait for. */
    public static LoopingCall withCountAsync(Reactor reactor, String name, CountedStep f) {
        return new LoopingCall(reactor, name, f);
    }

    public String name() {
        return name;
    }

    public boolean isRunning() {
        return running;
    }

    public Duration interval() {
        return Duration.ofNanos(interval);
    }

    /**
     * Changes the interval of a running loop; it takes effect when the next call is scheduled,
     * with boundaries still measured from the original start time.
     */
    public void setInterval(Duration newInterval) {
        long nanos = Clock.toNanos(newInterval);
        if (nanos < 0) {
            throw new IllegalArgumentException("interval must be >= 0: " + newInterval);
        }
        interval = nanos;
    }

    /**
     * Starts calling, every {@code interval}; with {@code now} the first call happens
     * immediately (before this method returns), otherwise one interval from now.
     *
     * @return completes with this loop when it is stopped; fails when the function fails
     * @throws IllegalStateException if already running
     * @throws IllegalArgumentException if the interval is negative
     */
    public CompletableFuture<LoopingCall> start(Duration interval, boolean now) {
        reactor.checkInLoop();
        if (running) {
            throw new IllegalStateException("looping call '" + name + "' is already running");
        }
        long nanos = Clock.toNanos(interval);
        if (nanos < 0) {
            throw new IllegalArgumentException("interval must be >= 0: " + interval);
        }
        running = true;
        CompletableFuture<LoopingCall> result = new CompletableFuture<>();
        completion = result;
        startTime = reactor.now();
        this.interval = nanos;
        runAtStart = now;
        hasLastTime = false;
        if (now) {
            fire();
        } else {
            scheduleFrom(startTime);
        }
        return result;
    }

    /**
     * Stops the loop. If no call is in progress the start future completes now; otherwise it
     * completes when the call in progress (or the future it returned) finishes.
     */
    public void stop() {
        reactor.checkInLoop();
        if (!running) {
            throw new IllegalStateException("looping call '" + name + "' is not running");
        }
        running = false;
        if (scheduled) {
            timer.cancel();
            scheduled = false;
            complete();
        }
    }

    /** Skips the pending call and restarts the timer from now (boundaries measured from now). */
    public void reset() {
        reactor.checkInLoop();
        if (!running) {
            throw new IllegalStateException("looping call '" + name + "' is not running");
        }
        if (scheduled) {
            timer.cancel();
            scheduled = false;
            startTime = reactor.now();
            scheduleFrom(startTime);
        }
    }

    private void fire() {
        scheduled = false;
        CompletionStage<?> pending;
        try {
            pending = step.call();
        } catch (Throwable e) {
            fail(e);
            return;
        }
        if (pending == null) {
            afterCall();
            return;
        }
        pending.whenComplete((ignored, error) -> {
            if (reactor.inLoop()) {
                afterCall(error);
            } else {
                // A future completed by an I/O thread: come back to the loop before touching state.
                reactor.execute(() -> afterCall(error));
            }
        });
    }

    private void afterCall(Throwable error) {
        if (error != null) {
            fail(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
        } else {
            afterCall();
        }
    }

    private void afterCall() {
        if (running) {
            scheduleFrom(reactor.now());
        } else {
            complete();
        }
    }

    private void fail(Throwable error) {
        running = false;
        CompletableFuture<LoopingCall> result = completion;
        completion = null;
        log.error("looping call '{}' failed and stopped", name, error);
        if (result != null) {
            result.completeExceptionally(error);
        }
    }

    private void complete() {
        CompletableFuture<LoopingCall> result = completion;
        completion = null;
        if (result != null) {
            result.complete(this);
        }
    }

    private void scheduleFrom(long when) {
        long delay;
        if (interval == 0) {
            delay = 0;
        } else {
            long runningFor = when - startTime;
            delay = interval - Math.floorMod(runningFor, interval);
        }
        if (timer == null) {
            timer = reactor.callLaterNanos(delay, name, fire);
        } else {
            timer.rescheduleAt(reactor.now() + delay);
        }
        scheduled = true;
    }

    private long intervalOf(long t) {
        return (t - startTime) / interval;
    }

    /** Twisted's counting rule, in whole nanoseconds; also records the call time when it counts. */
    private long countSinceLastCall() {
        long now = reactor.now();
        if (interval == 0) {
            lastTime = now;
            hasLastTime = true;
            return 1;
        }
        long last;
        if (hasLastTime) {
            last = lastTime;
        } else {
            last = runAtStart ? startTime - interval : startTime;
        }
        long count = intervalOf(now) - intervalOf(last);
        if (count > 0) {
            lastTime = now;
            hasLastTime = true;
        }
        return count;
    }

    @Override
    public String toString() {
        return "LoopingCall[" + name + (running ? ", every " + Duration.ofNanos(interval) : ", stopped") + "]";
    }
}
