package brass.server.cli;

import org.slf4j.LoggerFactory;

/**
 * Logging's set-up (logback reading its configuration: a tenth to a fifth of a second on a cold
 * JVM) on a thread of its own, begun before picocli reads the command line, so that the two share
 * the machine's cores instead of taking turns. Only the server logs: {@code check} and {@code test}
 * never set logging up.
 */
final class EarlyLogging {

    private static volatile Thread starting;

    private EarlyLogging() {
    }

    /** Whether {@code args} run the server: none, {@code run}, or options of the bare command. */
    static boolean runsTheServer(String[] args) {
        return args.length == 0 || args[0].equals("run") || args[0].startsWith("-");
    }

    static void begin() {
        Thread t = new Thread(LoggerFactory::getILoggerFactory, "brass-logging");
        t.setDaemon(true);
        starting = t;
        t.start();
    }

    /**
     * Waits for the set-up {@link #begin} started, if any. Call before the first logger: one asked
     * for while SLF4J is still being set up is a stand-in, whose lines it replays later with a
     * warning.
     */
    static void await() {
        Thread t = starting;
        if (t == null) {
            return;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
