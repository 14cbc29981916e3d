package brass.protocols.session;

import brass.engine.reactor.Reactor;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The game loop's work for the I/O threads (a connection's batch of output, a frame, a close),
 * handed over once a turn per I/O thread instead of once per connection. Every hand-off to an I/O
 * thread that is waiting for its sockets wakes it: a system call on the loop and a wake-up on the
 * thread. A turn that answers forty players on two I/O threads now costs two, not forty. The tasks
 * run on their thread in the order they were given, so a connection's output still goes before its
 * close. Off the loop (a shutdown), a task goes at once.
 *
 * <p>One per game loop ({@link Reactor#loopLocal}); loop-confined.
 */
public final class IoHandoff {

    private static final Logger log = LoggerFactory.getLogger(IoHandoff.class);

    private record Task(Runnable work, Runnable ifRefused) {
    }

    private final Reactor reactor;
    private Map<Executor, List<Task>> pending = new IdentityHashMap<>();
    private boolean armed;

    private IoHandoff(Reactor reactor) {
        this.reactor = reactor;
    }

    /** The loop's hand-off. */
    public static IoHandoff of(Reactor reactor) {
        return reactor.loopLocal(IoHandoff.class, IoHandoff::new);
    }

    /**
     * {@link #execute(Executor, Runnable, Runnable)} through {@code reactor}'s hand-off, from any
     * thread: an adapter's calls come from the loop, and from a server stop on a thread of its own.
     */
    public static void execute(Reactor reactor, Executor ioThread, Runnable work, Runnable ifRefused) {
        if (reactor.inLoop()) {
            of(reactor).execute(ioThread, work, ifRefused);
        } else {
            now(ioThread, work, ifRefused);
        }
    }

    /**
     * Runs {@code work} on {@code ioThread}: on the loop, at the end of this turn with the turn's
     * other work for that thread; elsewhere, now. {@code ifRefused} runs instead (on the loop, or
     * on the caller's thread) when the thread takes no more work, as while the server stops.
     */
    public void execute(Executor ioThread, Runnable work, Runnable ifRefused) {
        if (!reactor.inLoop()) {
            now(ioThread, work, ifRefused);
            return;
        }
        pending.computeIfAbsent(ioThread, k -> new ArrayList<>()).add(new Task(work, ifRefused));
        if (!armed) {
            armed = true;
            reactor.atEndOfTurn(this::handOver);
        }
    }

    private void handOver() {
        armed = false;
        Map<Executor, List<Task>> now = pending;
        pending = new IdentityHashMap<>();
        now.forEach((thread, tasks) -> {
            try {
                thread.execute(() -> runAll(tasks));
            } catch (RejectedExecutionException e) {
                for (Task t : tasks) {
                    t.ifRefused().run();
                }
            }
        });
    }

    private static void now(Executor ioThread, Runnable work, Runnable ifRefused) {
        try {
            ioThread.execute(work);
        } catch (RejectedExecutionException e) {
            ifRefused.run();
        }
    }

    private static void runAll(List<Task> tasks) {
        for (Task t : tasks) {
            try {
                t.work().run();
            } catch (RuntimeException e) {
                // One connection's failure must not cost the others on the thread their output.
                log.warn("an I/O task failed; the rest of the turn's tasks for this thread still run", e);
            }
        }
    }
}
