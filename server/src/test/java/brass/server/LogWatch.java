package brass.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * What one logger of a server in this JVM writes, line by line, with a bounded wait for lines to
 * come (no sleeping): how a test waits for what the server reports, such as a checkpoint written.
 * Lowers the logger's level while it watches; closing puts it back.
 */
final class LogWatch extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final Logger logger;
    private final Level levelBefore;
    private final List<String> lines = new ArrayList<>();

    private LogWatch(Logger logger) {
        this.logger = logger;
        this.levelBefore = logger.getLevel();
    }

    /** Watches {@code source}'s logger, at {@code level} and above, from now on. */
    static LogWatch on(Class<?> source, Level level) {
        LogWatch watch = new LogWatch((Logger) LoggerFactory.getLogger(source));
        watch.start();
        watch.logger.addAppender(watch);
        watch.logger.setLevel(level);
        return watch;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        lines.add(event.getFormattedMessage());
        notifyAll();
    }

    /** Every line written so far. */
    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** How many lines have been written so far: where a later {@link #await} starts counting. */
    synchronized int mark() {
        return lines.size();
    }

    /**
     * Waits (at most {@code timeout}) until {@code count} lines matching {@code line} have been
     * written after {@code mark}; returns them.
     */
    synchronized List<String> await(Pattern line, int count, int mark, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> matching = lines.subList(mark, lines.size()).stream()
                    .filter(l -> line.matcher(l).matches()).toList();
            if (matching.size() >= count) {
                return matching.subList(0, count);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                ThreadDump.print("timed out waiting for " + count + " log lines like " + line);
                throw new AssertionError("timed out waiting for " + count + " lines like " + line + "; got: "
                        + lines.subList(mark, lines.size()));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        logger.setLevel(levelBefore);
        stop();
    }
}
