package brass.engine.reactor;

import brass.engine.clock.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The game loop: one thread on which every change to the world happens.
 *
 * <p>Nothing running on the loop may block. Blocking work (database, password hashing, file
 * reads) goes through {@link #offload}, whose future completes back on the loop. Other threads
 * (network I/O) hand work to the loop with {@link #execute}.
 *
 * <p>A task that throws is logged with its name and the loop goes on.
 */
public interface Reactor extends Executor {

    /** The clock that timers are measured against. */
    Clock clock();

    /** Shorthand for {@code clock().nanoTime()}. */
    default long now() {
        return clock().nanoTime();
    }

    /**
     * Runs {@code task} on the loop once {@code delay} has passed. A zero or negative delay runs
     * it on the next turn, after tasks already due. Call on the loop.
     */
    DelayedCall callLaterNanos(long delayNanos, String name, Runnable task);

    default DelayedCall callLater(Duration delay, String name, Runnable task) {
        return callLaterNanos(Clock.toNanos(delay), name, task);
    }

    default DelayedCall callLater(Duration delay, Runnable task) {
        return callLater(delay, task.getClass().getName(), task);
    }

    /**
     * Queues {@code task} to run on the loop. Safe from any thread.
     *
     * @throws java.util.concurrent.RejectedExecutionException when the loop's inbox is full or the
     *     reactor has shut down; the caller decides what to shed (an adapter drops the client)
     */
    @Override
    void execute(Runnable task);

    /**
     * Runs blocking {@code work} on the bounded worker pool. The returned future completes on the
     * loop, so callbacks chained with the non-async methods run on the loop. If the pool's queue
     * is full the future fails with {@link java.util.concurrent.RejectedExecutionException}.
     */
    <T> CompletableFuture<T> offload(String name, Callable<T> work);

    /**
     * Runs {@code work} on the loop and completes the returned future with its result or its
     * failure: how another thread (startup code, a test, a tool) reads or changes the world
     * without touching it off the loop. The future fails at once if the loop refuses the task.
     */
    default <T> CompletableFuture<T> call(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RuntimeException refused) {
            result.completeExceptionally(refused);
        }
        return result;
    }

    /** True when the calling thread is the game loop. */
    boolean inLoop();

    /**
     * Runs {@code task} once, at the end of the current loop turn, after every task of the turn.
     * Adapters use it to flush each connection once per turn however many messages it got.
     * Call on the loop.
     */
    void atEndOfTurn(Runnable task);

    /**
     * This loop's one object of {@code type}, made by {@code make} the first time anyone asks:
     * state that belongs to the loop rather than to any of its users (such as the pacing of
     * every connection's output), without a global that two loops in one process would share.
     * Call on the loop.
     */
    <T> T loopLocal(Class<T> type, Function<? super Reactor, ? extends T> make);

    /** How late timers fire: the loop's health. */
    LoopLag lag();

    /** How many timers wait to fire; for status displays. Loop only. A reactor that keeps none says 0. */
    default int pendingTimers() {
        return 0;
    }

    /**
     * Stops the loop: no new tasks are accepted, the worker pool is shut down, and the returned
     * future completes when the loop thread has finished. Safe from any thread; idempotent.
     */
    CompletableFuture<Void> shutdown();

    /** Throws if the caller is not on the loop: a guard for code that mutates the world. */
    default void checkInLoop() {
        if (!inLoop()) {
            throw new IllegalStateException(
                    "not on the game loop (thread " + Thread.currentThread().getName() + ")");
        }
    }
}
