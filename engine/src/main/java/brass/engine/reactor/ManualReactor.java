package brass.engine.reactor;

import brass.engine.clock.Clock;
import brass.engine.clock.ManualClock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * A reactor for tests, in the manner of Twisted's {@code task.Clock}: time moves only when the
 * test calls {@link #advance}, which first moves the clock and then runs every timer that is
 * due, in time order (first-in first-out at equal times), including timers that become due
 * while it runs. Tasks queued with {@link #execute} and work handed to {@link #offload} run
 * during {@code advance} or {@link #runUntilIdle()}; offloaded work takes no game time.
 *
 * <p>The thread that creates it is its loop thread.
 */
public final class ManualReactor extends AbstractReactor {

    /** Guards tests against timers that reschedule themselves forever at the same instant. */
    private static final long MAX_TASKS_PER_ADVANCE = 5_000_000;

    private final ManualClock manualClock;
    private final ArrayDeque<Runnable> offloaded = new ArrayDeque<>();
    private final Thread owner = Thread.currentThread();

    public ManualReactor() {
        this(new ManualClock());
    }

    public ManualReactor(ManualClock clock) {
        this(clock, 1 << 20);
    }

    /** A manual reactor whose inbox holds {@code inboxCapacity} tasks: for tests of a full inbox. */
    public ManualReactor(ManualClock clock, int inboxCapacity) {
        // Lateness is still recorded, but never logged as a stall: on a manual clock a timer is
        // "late" only because the test moved time in one step (a transcript's "wait 60s"), as
        // with Twisted's task.Clock, and a warning would be noise in every test run.
        super(clock, inboxCapacity, Long.MAX_VALUE);
        this.manualClock = clock;
    }

    public ManualClock manualClock() {
        return manualClock;
    }

    @Override
    public boolean inLoop() {
        return Thread.currentThread() == owner;
    }

    @Override
    protected void wakeUp() {
        // Nothing to wake: the test drives the loop.
    }

    /** Moves the clock by {@code by}, then runs everything that is due. */
    public void advance(Duration by) {
        advanceNanos(Clock.toNanos(by));
    }

    public void advanceNanos(long by) {
        checkInLoop();
        manualClock.advanceNanos(by);
        runUntilIdle();
    }

    /** Advances in steps, like Twisted's {@code Clock.pump}. */
    public void pump(Duration... steps) {
        for (Duration step : steps) {
            advance(step);
        }
    }

    /** Sets the clock (possibly backwards) without running anything. */
    public void setTime(long nanos) {
        manualClock.set(nanos);
    }

    /** Runs queued tasks, offloaded work and due timers until nothing is left to do now. */
    public void runUntilIdle() {
        checkInLoop();
        long total = 0;
        while (total < MAX_TASKS_PER_ADVANCE) {
            int ran = runDueTimers(manualClock.nanoTime(), 65_536);
            ran += drainInbox(Integer.MAX_VALUE);
            Runnable work;
            while ((work = offloaded.poll()) != null) {
                runSafely("offloaded work", work);
                ran++;
            }
            ran += runEndOfTurn();
            if (ran == 0) {
                return;
            }
            total += ran;
        }
        throw new IllegalStateException("the manual reactor never went idle: something reschedules itself at the same instant");
    }

    /** Pending timers, for assertions. */
    public int pendingTimers() {
        return timers.size();
    }

    @Override
    public <T> CompletableFuture<T> offload(String name, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        offloaded.add(() -> {
            T value;
            try {
                value = work.call();
            } catch (Throwable e) {
                execute(() -> result.completeExceptionally(e));
                return;
            }
            execute(() -> result.complete(value));
        });
        return result;
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        shuttingDown = true;
        return CompletableFuture.completedFuture(null);
    }
}
