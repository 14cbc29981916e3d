package brass.engine.loop;

import brass.engine.clock.Clock;
import brass.engine.reactor.DelayedCall;
import brass.engine.reactor.Reactor;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
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
 * <p>Each {@link #start} begins a run, and a call's result belongs to the run that made it. A loop
 * stopped while a call is in progress may be started again at once: the old run's future
 * completes (or fails) with that call, which never touches the new run; the new run's first call
 * waits until that call has finished, then runs (at once if its time has come), so calls never
 * overlap even across a restart. (Twisted would overlap them here.)
 *
 * <p>A returned future completed on another thread hands its result back with
 * {@link Reactor#execute}. If the loop refuses it (shut down, or its inbox full), the result is
 * lost and the loop stops: the run's future (and that of a run started since) fails with the
 * {@link RejectedExecutionException}, completed on that other thread, and it is logged;
 * {@link #isRunning()} is then false and the loop may be started again. Due times saturate: an
 * interval too long for the clock means "never", not "at once".
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

    /** One start-to-stop span of the loop: a call's result goes to the run that made the call. */
    private static final class Run {
        final CompletableFuture<LoopingCall> done = new CompletableFuture<>();
        // Set off the loop when the loop refused a call's result: the run is over, and the loop
        // thread forgets it the next time it looks.
        volatile boolean refused;
    }

    // Volatile so that a refusal on another thread can fail the run the loop is on.
    private volatile Run current;
    // The run whose call is in progress (running, or its returned future pending), or null.
    private Run calling;
    // The current run's call came due while an older run's call was in progress: it runs after it.
    private boolean waiting;
    private long startTime;
    private long interval;
    private boolean runAtStart;
    private DelayedCall timer;
    private boolean scheduled;

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
        Run run = current;
        return run != null && !run.refused;
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
     * immediately (before this method returns), otherwise one interval from now. If the call of
     * a run stopped before is still in progress, the first call waits for it to finish.
     *
     * @return completes with this loop when it is stopped; fails when the function fails
     * @throws IllegalStateException if already running
     * @throws IllegalArgumentException if the interval is negative
     */
    public CompletableFuture<LoopingCall> start(Duration interval, boolean now) {
        reactor.checkInLoop();
        if (live() != null) {
            throw new IllegalStateException("looping call '" + name + "' is already running");
        }
        long nanos = Clock.toNanos(interval);
        if (nanos < 0) {
            throw new IllegalArgumentException("interval must be >= 0: " + interval);
        }
        Run run = new Run();
        current = run;
        startTime = reactor.now();
        this.interval = nanos;
        runAtStart = now;
        hasLastTime = false;
        if (now) {
            fire();
        } else {
            scheduleFrom(startTime);
        }
        return run.done;
    }

    /**
     * Stops the loop. If no call is in progress the start future completes now; otherwise it
     * completes when the call in progress (or the future it returned) finishes.
     */
    public void stop() {
        reactor.checkInLoop();
        Run run = live();
        if (run == null) {
            throw new IllegalStateException("looping call '" + name + "' is not running");
        }
        current = null;
        disarm();
        if (calling != run) {
            run.done.complete(this);
        }
    }

    /** Skips the pending call and restarts the timer from now (boundaries measured from now). */
    public void reset() {
        reactor.checkInLoop();
        if (live() == null) {
            throw new IllegalStateException("looping call '" + name + "' is not running");
        }
        if (scheduled || waiting) {
            disarm();
            startTime = reactor.now();
            scheduleFrom(startTime);
        }
    }

    /**
     * The run in progress, or null. A run whose call's result the loop refused is over: forgotten
     * here, on the loop thread, together with its timer and its call.
     */
    private Run live() {
        if (calling != null && calling.refused) {
            calling = null;
        }
        Run run = current;
        if (run != null && run.refused) {
            current = null;
            disarm();
            return null;
        }
        return run;
    }

    private void disarm() {
        if (scheduled) {
            timer.cancel();
            scheduled = false;
        }
        waiting = false;
    }

    private void fire() {
        scheduled = false;
        Run run = live();
        if (run == null) {
            return;
        }
        if (calling != null) {
            // An older run's call is still in progress; this one follows it (see callFinished).
            waiting = true;
            return;
        }
        calling = run;
        CompletionStage<?> pending;
        try {
            pending = step.call();
        } catch (Throwable e) {
            callFinished(run, e);
            return;
        }
        if (pending == null) {
            callFinished(run, null);
            return;
        }
        pending.whenComplete((ignored, error) -> {
            if (reactor.inLoop()) {
                callFinished(run, error);
                return;
            }
            // A future completed by an I/O thread: come back to the loop before touching state.
            try {
                reactor.execute(() -> callFinished(run, error));
            } catch (RejectedExecutionException refused) {
                refused(run, refused);
            }
        });
    }

    /** On the loop: the call {@code run} made has finished, with {@code error} if it failed. */
    private void callFinished(Run run, Throwable error) {
        if (calling == run) {
            calling = null;
        }
        if (error != null) {
            fail(run, error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
        } else if (live() == run) {
            scheduleFrom(reactor.now());
        } else {
            run.done.complete(this);
        }
        if (waiting && calling == null && live() != null) {
            waiting = false;
            fire();
        }
    }

    private void fail(Run run, Throwable error) {
        if (current == run) {
            current = null;
            disarm();
        }
        log.error("looping call '{}' failed and stopped", name, error);
        run.done.completeExceptionally(error);
    }

    /**
     * Off the loop: the loop would not take back the result of {@code run}'s call. It is lost, so
     * that run is over, and so is a newer one (which may be waiting for that very call). The loop
     * thread sees the flags the next time it looks ({@link #live}).
     */
    private void refused(Run run, RejectedExecutionException refusal) {
        log.error("looping call '{}' stopped: the game loop refused the result of its call", name, refusal);
        run.refused = true;
        run.done.completeExceptionally(refusal);
        Run newer = current;
        if (newer != null && newer != run) {
            newer.refused = true;
            newer.done.completeExceptionally(refusal);
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
            timer.rescheduleAt(Clock.plus(reactor.now(), delay));
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
        return "LoopingCall[" + name + (isRunning() ? ", every " + Duration.ofNanos(interval) : ", stopped") + "]";
    }
}
