package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.load.CommandMix;
import brass.load.LoadPlan;
import brass.load.LoadReport;
import brass.load.LoadRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The CI smoke benchmark (docs/BENCHMARKS.md): a guard against work that grows with the square of
 * a crowd, not a timed test. A crowd of 200 in one room, each saying and looking as fast as
 * replies come, may take longer per command than a crowd of 20 (every say is heard by ten times as
 * many), but not ten times longer: that is what an O(n²) in the fan-out looks like.
 */
class LoadSmokeTest {

    @RegisterExtension
    final RunningServer server = RunningServer.startedByTheTest();

    private LoadReport crowd(int players, String prefix) throws Exception {
        LoadPlan plan = new LoadPlan("127.0.0.1", server.telnetPort(), players, 50, Duration.ofSeconds(3), 0,
                Duration.ZERO, CommandMix.parse("look=2,say=2,who=1"), true, prefix, "load-test-password",
                Duration.ofSeconds(30), OptionalLong.empty(), null);
        return new LoadRun(plan, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();
    }

    @Test
    void aCrowdTenTimesLargerIsNotTenTimesSlowerPerCommand() throws Exception {
        server.start(server.config().withPasswordIterations(1_000).withConnectionLimits(Duration.ofMinutes(1), 500, 1000));
        LoadReport small = crowd(20, "smol");
        LoadReport large = crowd(200, "big");
        assertThat(small.loggedIn()).isEqualTo(20);
        assertThat(large.loggedIn()).isEqualTo(200);
        assertThat(small.errors() + large.errors()).as("errors: %s %s", small.errorKinds(), large.errorKinds()).isZero();
        // Closed loop with no think time keeps the server busy: seconds per command is 1 / throughput.
        double perCommandSmall = 1 / small.throughput();
        double perCommandLarge = 1 / large.throughput();
        System.out.printf("LoadSmokeTest: 20 players %.0f cmd/s, 200 players %.0f cmd/s (%.1f times the time per command)%n",
                small.throughput(), large.throughput(), perCommandLarge / perCommandSmall);
        assertThat(perCommandLarge).isLessThan(10 * perCommandSmall);
    }
}
