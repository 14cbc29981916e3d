package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.load.CommandMix;
import brass.load.LoadPlan;
import brass.load.LoadReport;
import brass.load.LoadRun;
import brass.load.SourceAddresses;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code bin/brass load} against a real server: players get in, play, and every reply is counted. */
class LoadToolTest {

    @RegisterExtension
    final RunningServer server = RunningServer.startedByTheTest();

    private LoadReport run(String mix, boolean crowd) throws Exception {
        return run(mix, crowd, Duration.ZERO);
    }

    private LoadReport run(String mix, boolean crowd, Duration warmUp) throws Exception {
        LoadPlan plan = new LoadPlan("127.0.0.1", server.telnetPort(), 4, 4, Duration.ofSeconds(2), 0,
                Duration.ZERO, CommandMix.parse(mix), crowd, "lt", "load-test-password", Duration.ofSeconds(30),
                OptionalLong.of(ProcessHandle.current().pid()), null).withWarmUp(warmUp);
        return new LoadRun(plan, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
    }

    @Test
    void playersAreCreatedThenLogBackInAndEveryCommandIsAnswered() throws Exception {
        // The benchmark-only password cost, as a load test sets it, and the warning it costs.
        try (LogWatch warnings = LogWatch.on(Server.class, ch.qos.logback.classic.Level.WARN)) {
            int mark = warnings.mark();
            server.start(server.config().withPasswordIterations(1_000));
            assertThat(warnings.await(java.util.regex.Pattern.compile(
                    "!!! password-iterations is 1000, below the 600000 a password needs: .*"), 1, mark,
                    java.time.Duration.ofSeconds(20))).hasSize(1);
        }
        LoadReport first = run(CommandMix.DEFAULT, true);
        assertThat(first.loggedIn()).isEqualTo(4);
        assertThat(first.loginFailures()).isZero();
        assertThat(first.errors()).as("errors: %s", first.errorKinds()).isZero();
        assertThat(first.commands()).isPositive();
        assertThat(first.server().rssBytes()).isPositive();
        assertThat(first.json()).contains("\"loggedIn\":4,\"loginFailures\":0");
        // Every answer is counted once overall and once under its command.
        assertThat(first.latencyByCommand().values().stream().mapToLong(h -> h.getTotalCount()).sum())
                .isEqualTo(first.commands());
        assertThat(first.latencyByCommand().keySet()).isSubsetOf(
                "look", "say", "move", "move back", "take", "drop", "who", "tell", "inventory");

        // The same names again: this time they exist, and log in with their password; and they
        // play a second before the two measured.
        LoadReport again = run("look=1,move=1", false, Duration.ofSeconds(1));
        assertThat(again.loggedIn()).isEqualTo(4);
        assertThat(again.errors()).as("errors: %s", again.errorKinds()).isZero();
        assertThat(again.commands()).isPositive();
        assertThat(again.table()).contains(" cmd/s, after a 1 s warm-up\n");
        assertThat(again.json()).contains("\"warmUpSeconds\":1");
        // Wandering players do not walk back: their rows are the two commands of the mix.
        assertThat(again.latencyByCommand().keySet()).containsExactly("look", "move");
        assertThat(again.table()).containsPattern("\n  look +\\d+: p50 [0-9.]+  p90 [0-9.]+  p99 [0-9.]+  max [0-9.]+\n");
        assertThat(again.json()).containsPattern("\"byCommand\":\\{\"look\":\\{\"commands\":\\d+,\"p50Millis\"");
    }

    @Test
    void playersConnectFromEachOfTheSourceAddressesGiven() throws Exception {
        // Two connections an address: six players get in only if they come from three addresses.
        server.start(server.config().withPasswordIterations(1_000)
                .withConnectionLimits(Duration.ofMinutes(1), 2, 100));
        LoadPlan plan = new LoadPlan("127.0.0.1", server.telnetPort(), 6, 6, Duration.ofSeconds(1), 0,
                Duration.ZERO, CommandMix.parse("look=1"), true, "src", "load-test-password", Duration.ofSeconds(30),
                OptionalLong.empty(), null, SourceAddresses.parse("127.0.0.2-127.0.0.4"));
        LoadReport report = new LoadRun(plan, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run();
        assertThat(report.loggedIn()).isEqualTo(6);
        assertThat(report.loginFailures()).isZero();
        assertThat(report.errors()).as("errors: %s", report.errorKinds()).isZero();
    }
}
