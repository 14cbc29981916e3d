package brass.protocols.guard;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.clock.ManualClock;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogLimiterTest {

    private static final Logger CLIENTS = LoggerFactory.getLogger("brass.test.clients");

    private final ManualClock clock = new ManualClock();
    private final ListAppender<ILoggingEvent> seen = new ListAppender<>();
    private final ch.qos.logback.classic.Logger root =
            (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void listen() {
        seen.start();
        root.addAppender(seen);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(seen);
    }

    private List<String> lines() {
        return seen.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    private void advance(Duration d) {
        clock.advanceNanos(d.toNanos());
    }

    @Test
    void aSourceLogsItsBudgetThenOneTruthfulSummaryWhenItsWindowEnds() {
        LogLimiter logs = new LogLimiter(clock, new LogLimiter.Budget(3, 1000, Duration.ofMinutes(1), 100));
        for (int i = 1; i <= 2_003; i++) {
            logs.info(CLIENTS, "connection 7", "connection {}: input flood, dropping lines ({})", 7, i);
            advance(Duration.ofMillis(10));
        }
        // 20.03 s have passed; nothing more until the window is over.
        logs.flush();
        assertThat(lines()).containsExactly(
                "INFO connection 7: input flood, dropping lines (1)",
                "INFO connection 7: input flood, dropping lines (2)",
                "INFO connection 7: input flood, dropping lines (3)");
        advance(Duration.ofMillis(39_970));
        logs.flush();
        assertThat(lines()).hasSize(4).last()
                .isEqualTo("INFO … 2,000 more like this in the last minute: connection 7: input flood, dropping lines (4)");
        assertThat(logs.sourceCount()).isZero();
    }

    @Test
    void aNewWindowLogsAgainAfterSummarisingTheOldOne() {
        LogLimiter logs = new LogLimiter(clock, new LogLimiter.Budget(1, 1000, Duration.ofMinutes(1), 100));
        logs.warn(CLIENTS, "a", "broken pipe {}", 1);
        logs.warn(CLIENTS, "a", "broken pipe {}", 2);
        logs.warn(CLIENTS, "a", "broken pipe {}", 3);
        advance(Duration.ofSeconds(90));
        logs.warn(CLIENTS, "a", "broken pipe {}", 4);
        assertThat(lines()).containsExactly(
                "WARN broken pipe 1",
                "WARN … 2 more like this in the last 90 s: broken pipe 2",
                "WARN broken pipe 4");
    }

    @Test
    void sourcesAndKindsAreCountedApart() {
        LogLimiter logs = new LogLimiter(clock, new LogLimiter.Budget(1, 1000, Duration.ofMinutes(1), 100));
        logs.info(CLIENTS, "a", "opened {}", 1);
        logs.info(CLIENTS, "a", "closed {}", 1);
        logs.info(CLIENTS, "b", "opened {}", 2);
        logs.info(CLIENTS, "a", "opened {}", 3);
        assertThat(lines()).containsExactly("INFO opened 1", "INFO closed 1", "INFO opened 2");
    }

    @Test
    void forgettingASourceSummarisesItAtOnce() {
        LogLimiter logs = new LogLimiter(clock, new LogLimiter.Budget(1, 1000, Duration.ofMinutes(1), 100));
        for (int i = 0; i < 39; i++) {
            logs.warn(CLIENTS, "connection 9", "connection 9: closing after an error: Broken pipe");
        }
        advance(Duration.ofMillis(12_500));
        logs.forget("connection 9");
        assertThat(lines()).containsExactly(
                "WARN connection 9: closing after an error: Broken pipe",
                "WARN … 38 more like this in the last 13 s: connection 9: closing after an error: Broken pipe");
        logs.forget("connection 9");
        assertThat(lines()).hasSize(2);
    }

    @Test
    void theTotalBoundsManySourcesAndSaysHowManyItHeldBack() {
        LogLimiter logs = new LogLimiter(clock, new LogLimiter.Budget(5, 10, Duration.ofMinutes(1), 10_000));
        for (int i = 0; i < 1_000; i++) {
            logs.info(CLIENTS, "connection " + i, "connection {} from {}", i, "203.0.113.7");
        }
        assertThat(lines()).hasSize(10);
        advance(Duration.ofMinutes(1));
        logs.flush();
        assertThat(lines()).hasSize(11).last().isEqualTo(
                "WARN … 990 more lines about clients were not logged in the last minute: over the limit of 10 lines per minute");
        // The next window starts afresh.
        logs.info(CLIENTS, "connection 0", "connection {} from {}", 0, "203.0.113.7");
        assertThat(lines()).hasSize(12);
    }

    @Test
    void forgottenSourcesDoNotOutgrowTheirBound() {
        LogLimiter logs = new LogLimiter(clock, new LogLimiter.Budget(1, 100_000, Duration.ofMinutes(1), 50));
        for (int i = 0; i < 1_000; i++) {
            logs.info(CLIENTS, i, "from {}", i);
            logs.info(CLIENTS, i, "from {}", i);
        }
        assertThat(logs.sourceCount()).isEqualTo(50);
        // Each one evicted said what it held back on its way out.
        assertThat(lines()).hasSize(1_000 + 950).contains("INFO … 1 more like this in the last 1 s: from 0");
    }

    @Test
    void aLevelThatIsOffCostsNothing() {
        root.setLevel(Level.WARN);
        try {
            LogLimiter logs = new LogLimiter(clock, new LogLimiter.Budget(1, 1, Duration.ofMinutes(1), 10));
            logs.info(CLIENTS, "a", "quiet");
            logs.warn(CLIENTS, "a", "loud");
            assertThat(lines()).containsExactly("WARN loud");
        } finally {
            root.setLevel(Level.DEBUG);
        }
    }

    @Test
    void spansRoundUpSoThatTheyStayTrue() {
        assertThat(LogLimiter.span(1)).isEqualTo("1 s");
        assertThat(LogLimiter.span(59_000_000_001L)).isEqualTo("minute");
        assertThat(LogLimiter.span(60_000_000_001L)).isEqualTo("61 s");
        assertThat(LogLimiter.span(Duration.ofMinutes(5).toNanos())).isEqualTo("5 min");
    }
}
