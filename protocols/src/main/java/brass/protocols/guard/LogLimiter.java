package brass.protocols.guard;

import brass.engine.clock.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.MessageFormatter;

/**
 * Log lines a client can cause, bounded: per source (a connection, an address) and kind of line
 * (its format), at most {@link Budget#perSource} lines a window; across every source, at most
 * {@link Budget#total}. What is held back is counted, never lost in silence: when the window
 * ends (at the next line of that kind, at {@link #flush}, or when the source is
 * {@link #forget forgotten}) one summary line says how many more there were, for example
 * {@code … 2,069 more like this in the last minute: connection 7: input flood, dropping lines};
 * and once a window, one line says how many the total budget held back.
 *
 * <p>Logback's {@code DuplicateMessageFilter} was the first candidate and does not fit: it is
 * global (one flooding client would silence that message for every other), counts forever
 * rather than per window, says nothing about what it dropped, and lives in the logging
 * configuration rather than in the code that knows which connection a line belongs to.
 *
 * <p>Safe from any thread (Netty's, MINA's, the game loop); sources are bounded in number
 * ({@link Budget#maxSources}, the least recently used leaves first, summarised).
 */
public final class LogLimiter {

    /**
     * @param perSource  lines of one kind one source may log per window
     * @param total      lines all sources together may log per window (summaries included)
     * @param window     the period the budgets are counted over
     * @param maxSources sources remembered at once
     */
    public record Budget(int perSource, int total, Duration window, int maxSources) {

        public Budget {
            if (perSource < 1 || total < 1 || maxSources < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("a log budget needs positive numbers and a window: " + perSource
                        + ", " + total + ", " + window + ", " + maxSources);
            }
        }

        public static Budget defaults() {
            return new Budget(5, 300, Duration.ofMinutes(1), 10_000);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(LogLimiter.class);

    /** Lines of one kind from one source in the current window. */
    private static final class Tally {
        final Logger logger;
        final Level level;
        long windowStart;
        int logged;
        long heldBack;
        String example;

        Tally(Logger logger, Level level, long now) {
            this.logger = logger;
            this.level = level;
            this.windowStart = now;
        }
    }

    private final Clock clock;
    private final Budget budget;
    private final long windowNanos;
    private final LinkedHashMap<Object, Map<String, Tally>> sources = new LinkedHashMap<>(16, 0.75f, true);
    private long totalWindowStart;
    private int totalLogged;
    private long totalHeldBack;

    public LogLimiter(Clock clock, Budget budget) {
        this.clock = clock;
        this.budget = budget;
        this.windowNanos = Clock.toNanos(budget.window());
        this.totalWindowStart = clock.nanoTime();
    }

    public Budget budget() {
        return budget;
    }

    public void info(Logger logger, Object source, String format, Object... args) {
        log(logger, Level.INFO, source, format, args);
    }

    public void warn(Logger logger, Object source, String format, Object... args) {
        log(logger, Level.WARN, source, format, args);
    }

    /** Logs {@code format} with {@code args} to {@code logger}, unless a budget is spent. */
    public synchronized void log(Logger logger, Level level, Object source, String format, Object... args) {
        if (!logger.isEnabledForLevel(level)) {
            return;
        }
        long now = clock.nanoTime();
        rollTotal(now);
        Map<String, Tally> kinds = sources.get(source);
        if (kinds == null) {
            kinds = new LinkedHashMap<>(4);
            sources.put(source, kinds);
            if (sources.size() > budget.maxSources()) {
                Iterator<Map.Entry<Object, Map<String, Tally>>> eldest = sources.entrySet().iterator();
                Map<String, Tally> evicted = eldest.next().getValue();
                eldest.remove();
                evicted.values().forEach(t -> summarise(t, now));
            }
        }
        Tally tally = kinds.get(format);
        if (tally == null) {
            tally = new Tally(logger, level, now);
            kinds.put(format, tally);
        } else if (now - tally.windowStart >= windowNanos) {
            summarise(tally, now);
            tally.windowStart = now;
            tally.logged = 0;
        }
        if (tally.logged >= budget.perSource()) {
            if (tally.heldBack++ == 0) {
                tally.example = MessageFormatter.arrayFormat(format, args).getMessage();
            }
            return;
        }
        tally.logged++;
        if (takeFromTotal(1)) {
            logger.atLevel(level).log(format, args);
        }
    }

    /** Writes the summaries of windows that have ended and forgets their tallies; call about once a window. */
    public synchronized void flush() {
        long now = clock.nanoTime();
        rollTotal(now);
        for (Iterator<Map<String, Tally>> s = sources.values().iterator(); s.hasNext(); ) {
            Map<String, Tally> kinds = s.next();
            for (Iterator<Tally> k = kinds.values().iterator(); k.hasNext(); ) {
                Tally tally = k.next();
                if (now - tally.windowStart >= windowNanos) {
                    summarise(tally, now);
                    k.remove();
                }
            }
            if (kinds.isEmpty()) {
                s.remove();
            }
        }
    }

    /** {@code source} is done (its connection closed): its summaries now, and nothing kept of it. */
    public synchronized void forget(Object source) {
        Map<String, Tally> kinds = sources.remove(source);
        if (kinds != null) {
            long now = clock.nanoTime();
            kinds.values().forEach(t -> summarise(t, now));
        }
    }

    private void summarise(Tally tally, long now) {
        if (tally.heldBack == 0) {
            return;
        }
        long count = tally.heldBack;
        tally.heldBack = 0;
        if (takeFromTotal(count)) {
            tally.logger.atLevel(tally.level).log(String.format(Locale.ROOT, "… %,d more like this in the last %s: %s",
                    count, span(now - tally.windowStart), tally.example));
        }
        tally.example = null;
    }

    /** One line more against the total; false (and {@code lines} counted as held back) when spent. */
    private boolean takeFromTotal(long lines) {
        if (totalLogged >= budget.total()) {
            totalHeldBack += lines;
            return false;
        }
        totalLogged++;
        return true;
    }

    private void rollTotal(long now) {
        if (now - totalWindowStart < windowNanos) {
            return;
        }
        if (totalHeldBack > 0) {
            log.warn(String.format(Locale.ROOT, "… %,d more lines about clients were not logged in the last %s: "
                    + "over the limit of %,d lines per %s", totalHeldBack, span(now - totalWindowStart),
                    budget.total(), span(windowNanos)));
        }
        totalWindowStart = now;
        totalLogged = 0;
        totalHeldBack = 0;
    }

    /** A span for a summary, rounded up so that "in the last ..." stays true. */
    static String span(long nanos) {
        long seconds = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        if (seconds == 60) {
            return "minute";
        }
        if (seconds < 120) {
            return seconds + " s";
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 60 ? "hour" : minutes + " min";
    }

    /** Sources remembered now, for tests and health lines. */
    public synchronized int sourceCount() {
        return sources.size();
    }
}
