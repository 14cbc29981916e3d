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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection caps and the login timeout, set in brass.yaml as an operator would, on a real server. */
class ServerLimitsTest {

    @TempDir
    Path dir;

    private Server server;

    private void start(String settings) throws Exception {
        Path yaml = dir.resolve("brass.yaml");
        Files.writeString(yaml, "telnet-port: 0\nssh-port: 0\nstatus-every: 0s\nworld: "
                + TestPaths.defaultWorld().toAbsolutePath() + "\n" + settings);
        ServerConfig config = ConfigLoader.load(dir, yaml, true, ConfigLoader.Overrides.none());
        server = TestServers.started(config);
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
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
        assertThat(server.sshAuthTimeout()).isEqualTo(Duration.ofSeconds(1));
        try (TelnetClient silent = new TelnetClient(server.telnetPort())) {
            silent.await("By what name shall we know you? ");
            silent.await("You took too long to log in. Goodbye.");
        }
    }
}
