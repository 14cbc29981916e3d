package brass.server;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.time.Instant;

/**
 * Every thread of this JVM, with its whole stack, the monitors and locks it holds and the one it
 * waits for: printed by a test's bounded wait the moment it gives up, so that a wait that timed out
 * (a hang, a deadlock, a thread stuck in the database) explains itself in the test's output, which
 * is all there is of a failure seen once on a loaded CI machine. Cheap: only a failing wait pays.
 */
public final class ThreadDump {

    private ThreadDump() {
    }

    /** Prints the dump to standard error (surefire keeps it in the test's output file), headed by {@code why}. */
    public static void print(String why) {
        System.err.println(of(why));
        System.err.flush();
    }

    /** The dump as text: unlike {@link ThreadInfo#toString()}, with every frame, not the first eight. */
    public static String of(String why) {
        StringBuilder out = new StringBuilder();
        out.append("=== thread dump at ").append(Instant.now()).append(": ").append(why).append(" ===\n");
        ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(true, true);
        for (ThreadInfo t : threads) {
            append(out, t);
        }
        long[] deadlocked = ManagementFactory.getThreadMXBean().findDeadlockedThreads();
        if (deadlocked != null) {
            out.append("DEADLOCKED thread ids:");
            for (long id : deadlocked) {
                out.append(' ').append(id);
            }
            out.append('\n');
        }
        out.append("=== end of thread dump ===");
        return out.toString();
    }

    private static void append(StringBuilder out, ThreadInfo t) {
        out.append('"').append(t.getThreadName()).append("\" id=").append(t.getThreadId())
                .append(t.isDaemon() ? " daemon" : "").append(' ').append(t.getThreadState());
        if (t.getLockName() != null) {
            out.append(" on ").append(t.getLockName());
        }
        if (t.getLockOwnerName() != null) {
            out.append(" owned by \"").append(t.getLockOwnerName()).append("\" id=").append(t.getLockOwnerId());
        }
        out.append('\n');
        StackTraceElement[] stack = t.getStackTrace();
        MonitorInfo[] monitors = t.getLockedMonitors();
        for (int depth = 0; depth < stack.length; depth++) {
            out.append("\tat ").append(stack[depth]).append('\n');
            if (depth == 0 && t.getLockInfo() != null) {
                out.append("\t-  waiting on ").append(t.getLockInfo()).append('\n');
            }
            for (MonitorInfo m : monitors) {
                if (m.getLockedStackDepth() == depth) {
                    out.append("\t-  locked ").append(m).append('\n');
                }
            }
        }
        LockInfo[] synchronizers = t.getLockedSynchronizers();
        if (synchronizers.length > 0) {
            out.append("\tlocked synchronizers:\n");
            for (LockInfo l : synchronizers) {
                out.append("\t-  ").append(l).append('\n');
            }
        }
        out.append('\n');
    }
}
