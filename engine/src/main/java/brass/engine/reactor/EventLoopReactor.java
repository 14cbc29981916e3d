package brass.engine.reactor;

import brass.engine.clock.Clock;
import brass.engine.clock.SystemClock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real game loop: one platform thread that runs due timers, then the tasks other threads
 * queued, then end-of-turn tasks, and parks until the next timer or the next queued task.
 */
public final class EventLoopReactor extends AbstractReactor {

    private static final Logger log = LoggerFactory.getLogger(EventLoopReactor.class);

    /** Tuning for a reactor; the defaults suit a server. */
    public record Settings(int inboxCapacity, int maxTasksPerTurn, int offloadThreads,
                           int offloadQueueCapacity, long lagWarnNanos) {

        public static Settings defaults() {
            return new Settings(1 << 20, 1 << 16, Math.max(2, Runtime.getRuntime().availableProcessors()),
                    10_000, TimeUnit.MILLISECONDS.toNanos(100));
        }

        public Settings withLagWarn(long nanos) {
            return new Settings(inboxCapacity, maxTasksPerTurn, offloadThreads, offloadQueueCapacity, nanos);
        }
    }

    private static final long MAX_PARK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Settings settings;
    private final Thread thread;
    private final ThreadPoolExecutor offloadPool;
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();
    private volatile boolean sleeping;
    private volatile boolean stopRequested;

    public EventLoopReactor() {
        this(SystemClock.INSTANCE, Settings.defaults());
    }

    public EventLoopReactor(Clock clock, Settings settings) {
        super(clock, settings.inboxCapacity(), settings.lagWarnNanos());
        this.settings = settings;
        AtomicInteger workerIds = new AtomicInteger();
        this.offloadPool = new ThreadPoolExecutor(settings.offloadThreads(), settings.offloadThreads(),
                30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(settings.offloadQueueCapacity()), r -> {
                    Thread t = new Thread(r, "brass-offload-" + workerIds.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.offloadPool.allowCoreThreadTimeOut(true);
        this.thread = new Thread(this::loop, "brass-game-loop");
    }

    /** Starts the loop thread. */
    public EventLoopReactor start() {
        thread.start();
        return this;
    }

    @Override
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    @Override
    protected void wakeUp() {
        if (sleeping) {
            LockSupport.unpark(thread);
        }
    }

    private void loop() {
        log.debug("game loop started");
        try {
            while (!stopRequested) {
                runDueTimers(clock.nanoTime(), settings.maxTasksPerTurn());
                drainInbox(settings.maxTasksPerTurn());
                runEndOfTurn();
                if (stopRequested || !inboxIsEmpty()) {
                    continue;
                }
                TimerQueue.Timer next = timers.peek();
                long wait = next == null ? MAX_PARK_NANOS : Math.min(MAX_PARK_NANOS, next.due - clock.nanoTime());
                if (wait > 0) {
                    sleeping = true;
                    if (inboxIsEmpty() && !stopRequested) {
                        LockSupport.parkNanos(this, wait);
                    }
                    sleeping = false;
                }
            }
            // Whatever was queued before shutdown still runs, so no handed-over work is lost.
            drainInbox(Integer.MAX_VALUE);
            runEndOfTurn();
        } catch (Throwable fatal) {
            log.error("game loop died", fatal);
            terminated.completeExceptionally(fatal);
            return;
        } finally {
            offloadPool.shutdown();
        }
        log.debug("game loop stopped");
        terminated.complete(null);
    }

    @Override
    public <T> CompletableFuture<T> offload(String name, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            offloadPool.execute(() -> {
                T value;
                try {
                    value = work.call();
                } catch (Throwable e) {
                    deliver(name, () -> result.completeExceptionally(e));
                    return;
                }
                deliver(name, () -> result.complete(value));
            });
        } catch (RejectedExecutionException full) {
            RejectedExecutionException e = new RejectedExecutionException(
                    "offload '" + name + "' refused: the worker pool is busy or stopped", full);
            if (inLoop()) {
                result.completeExceptionally(e);
            } else {
                deliver(name, () -> result.completeExceptionally(e));
            }
        }
        return result;
    }

    private void deliver(String name, Runnable completion) {
        try {
            execute(completion);
        } catch (RejectedExecutionException e) {
            log.warn("offload '{}' finished after the game loop stopped taking tasks; its result is dropped", name);
        }
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        if (!shuttingDown) {
            shuttingDown = true;
            stopRequested = true;
            LockSupport.unpark(thread);
            if (thread.getState() == Thread.State.NEW) {
                offloadPool.shutdown();
                terminated.complete(null);
            }
        }
        return terminated;
    }

    /** Number of pending timers; for status displays. Loop only. */
    public int pendingTimers() {
        checkInLoop();
        return timers.size();
    }
}
