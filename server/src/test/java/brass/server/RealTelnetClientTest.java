package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's real {@code telnet} client against the server: it negotiates options for real (ECHO,
 * SGA, TTYPE, NAWS refusals...), which a raw socket never does. .ci/run installs it; where it
 * is absent the test says so and skips.
 */
class RealTelnetClientTest {

    @TempDir
    Path dir;

    private static Path telnetOnPath() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(p, "telnet");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Test
    void theRealTelnetClientCreatesACharacterAndPlays() throws Exception {
        Path telnet = telnetOnPath();
        if (telnet == null) {
            System.out.println("RealTelnetClientTest skipped: no 'telnet' on PATH (.ci/run installs Debian's telnet)");
        }
        Assumptions.assumeTrue(telnet != null, "no telnet client on PATH");
        try (Server server = TestServers.started(dir)) {
            Process p = new ProcessBuilder(telnet.toString(), "127.0.0.1", Integer.toString(server.telnetPort()))
                    .redirectErrorStream(true).start();
            ProcessOutput out = new ProcessOutput("telnet", p.getInputStream());
            try (OutputStream in = p.getOutputStream()) {
                out.createCharacterAndSay(in, "Tess", "secret12", "the wires hum");
                ProcessOutput.line(in, "quit");
                out.await("Goodbye.");
            } finally {
                p.destroy();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            // The server asked the client not to echo the password, and it was never sent back.
            assertThat(out.text()).doesNotContain("secret12");
        }
    }
}
