package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.server.config.ConfigLoader;
import brass.server.config.ServerConfig;
import brass.world.build.TestPaths;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The connection caps and the login timeout, set in brass.yaml as an operator would, on a real server. */
class ServerLimitsTest {

    @RegisterExtension
    final RunningServer server = RunningServer.startedByTheTest();

    private void start(String settings) throws Exception {
        Path dir = server.dir();
        Path yaml = dir.resolve("brass.yaml");
        Files.writeString(yaml, "telnet-port: 0\nssh-port: 0\nweb-port: off\nstatus-every: 0s\nworld: "
                + TestPaths.defaultWorld().toAbsolutePath() + "\n" + settings);
        ServerConfig config = ConfigLoader.load(dir, yaml, true, ConfigLoader.Overrides.none());
        server.start(config);
    }

    @Test
    void aClientOverTheAddressCapIsToldWhyAndClosed() throws Exception {
        start("max-connections-per-ip: 2\n");
        try (TelnetClient first = new TelnetClient(server.telnetPort());
             TelnetClient second = new TelnetClient(server.telnetPort())) {
            first.await("By what name shall we know you? ");
            second.await("By what name shall we know you? ");
            try (Socket third = new Socket("127.0.0.1", server.telnetPort())) {
                third.setSoTimeout(20_000);
                assertThat(new String(third.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("Too many connections from your address; try again later.\r\n");
            }
        }
    }

    @Test
    void aSocketThatDoesNotLogInIsClosedAtTheLoginTimeout() throws Exception {
        start("login-timeout: 1s\n");
        assertThat(server.get().sshAuthTimeout()).isEqualTo(Duration.ofSeconds(1));
        try (TelnetClient silent = new TelnetClient(server.telnetPort())) {
            silent.await("By what name shall we know you? ");
            silent.await("You took too long to log in. Goodbye.");
        }
    }
}
