package brass.engine.reactor;

import brass.engine.clock.Clock;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the real and the manual reactor share: the timer heap, the bounded inbox that other
 * threads feed, end-of-turn tasks, the lag watchdog, and running a task so that a throw is
 * logged with the task's name instead of killing the loop.
 */
abstract class AbstractReactor implements Reactor {

    private static final Logger log = LoggerFactory.getLogger(Reactor.class);

    protected final Clock clock;
    protected final TimerQueue timers = new TimerQueue();
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inboxSize = new AtomicInteger();
    private final int inboxCapacity;
    private final ArrayDeque<Runnable> endOfTurn = new ArrayDeque<>();
    private final Map<Class<?>, Object> locals = new HashMap<>();
    private final LoopLag lag;
    protected volatile boolean shuttingDown;

    AbstractReactor(Clock clock, int inboxCapacity, long lagWarnNanos) {
        if (inboxCapacity <= 0) {
            throw new IllegalArgumentException("inbox capacity must be positive: " + inboxCapacity);
        }
        this.clock = clock;
        this.inboxCapacity = inboxCapacity;
        this.lag = new LoopLag(lagWarnNanos);
    }

    @Override
    public final Clock clock() {
        return clock;
    }

    @Override
    public final LoopLag lag() {
        return lag;
    }

    @Override
    public final DelayedCall callLaterNanos(long delayNanos, String name, Runnable task) {
        checkInLoop();
        return timers.newTimer(Clock.plus(clock.nanoTime(), Math.max(0, delayNanos)), name, task);
    }

    @Override
    public final void execute(Runnable task) {
        if (shuttingDown) {
            throw new RejectedExecutionException("the game loop is shutting down");
        }
        if (inboxSize.incrementAndGet() > inboxCapacity) {
            inboxSize.decrementAndGet();
            throw new RejectedExecutionException("the game loop's inbox is full (" + inboxCapacity + " tasks)");
        }
        inbox.add(task);
        wakeUp();
    }

    /** Called after a task is queued from any thread; the real loop unparks if asleep. */
    protected abstract void wakeUp();

    @Override
    public final void atEndOfTurn(Runnable task) {
        checkInLoop();
        endOfTurn.add(task);
    }

    @Override
    public final <T> T loopLocal(Class<T> type, Function<? super Reactor, ? extends T> make) {
        checkInLoop();
        Object local = locals.get(type);
        if (local == null) {
            local = Objects.requireNonNull(make.apply(this), "loop-local " + type.getName());
            locals.put(type, local);
        }
        return type.cast(local);
    }

    protected final boolean inboxIsEmpty() {
        return inbox.isEmpty();
    }

    /** Runs up to {@code max} queued tasks; returns how many ran. */
    protected final int drainInbox(int max) {
        int ran = 0;
        Runnable task;
        while (ran < max && (task = inbox.poll()) != null) {
            inboxSize.decrementAndGet();
            runSafely("task " + task.getClass().getName(), task);
            ran++;
        }
        return ran;
    }

    /**
     * Runs timers due at or before {@code now}, at most {@code max} of them, recording how late
     * each fired. The cap keeps a timer that re-arms itself for the same instant from starving
     * everything else.
     */
    protected final int runDueTimers(long now, int max) {
        int ran = 0;
        TimerQueue.Timer t;
        while (ran < max && (t = timers.pollDue(now)) != null) {
            lag.record(t.name, now - t.due, now);
            runSafely(t.name, t.task);
            ran++;
        }
        return ran;
    }

    protected final int runEndOfTurn() {
        int ran = 0;
        Runnable task;
        while ((task = endOfTurn.poll()) != null) {
            runSafely("end-of-turn " + task.getClass().getName(), task);
            ran++;
        }
        return ran;
    }

    protected static void runSafely(String name, Runnable task) {
        try {
            task.run();
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError vme && !(e instanceof StackOverflowError)) {
                throw vme;
            }
            log.error("task '{}' failed; the game loop goes on", name, e);
        }
    }
}
