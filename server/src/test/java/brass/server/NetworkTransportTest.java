package brass.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brass.world.build.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listeners' transport as an operator meets it: a real server process, started with and
 * without {@code BRASS_TRANSPORT=nio}, says once which transport it runs on and how many I/O
 * threads each listener has, and takes a telnet player on it; a mistyped value refuses the start.
 */
class NetworkTransportTest {

    @TempDir
    Path dir;

    private ServerProcess start(Map<String, String> environment, String yaml, int[] ports) throws Exception {
        Path config = dir.resolve("brass.yaml");
        Files.writeString(config, "status-every: 0s\n" + yaml);
        return ServerProcess.run(environment, "--config", config.toString(), "--data", dir.resolve("data").toString(),
                "--world", TestPaths.defaultWorld().toString(), "--telnet-port", Integer.toString(ports[0]),
                "--ssh-port", Integer.toString(ports[1]), "--web-port", "off");
    }

    /** A telnet player gets the login dialogue, and the server reads the name it answers. */
    private static void aPlayerConnects(int port) throws Exception {
        try (TelnetClient client = new TelnetClient(port)) {
            client.await(TelnetClient.NAME_PROMPT);
            client.send("Nimue");
            client.await("Create that character? (yes/no) ");
        }
    }

    @Test
    void nioWhenTheEnvironmentAsksWithTheThreadsIoThreadsSets() throws Exception {
        int[] ports = ServerProcess.freePorts();
        try (ServerProcess server = start(Map.of("BRASS_TRANSPORT", "nio"), "io-threads: 1\n", ports)) {
            server.awaitUp();
            aPlayerConnects(ports[0]);
            assertThat(server.linesContaining("network I/O on NIO, as BRASS_TRANSPORT=nio asks")).isEqualTo(1);
            assertThat(server.linesContaining("network I/O on epoll")).isZero();
            assertThat(server.linesContaining("telnet listening on /127.0.0.1:" + ports[0] + " (1 I/O threads, NIO)"))
                    .isEqualTo(1);
        }
    }

    @Test
    void epollByDefaultOnLinuxWithAThreadAProcessor() throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "epoll's native library ships for Linux on x86-64 only");
        assumeTrue(System.getenv("BRASS_TRANSPORT") == null, "BRASS_TRANSPORT is set for these tests");
        int[] ports = ServerProcess.freePorts();
        try (ServerProcess server = start(Map.of(), "", ports)) {
            server.awaitUp();
            aPlayerConnects(ports[0]);
            assertThat(server.linesContaining("network I/O on epoll (Linux's native transport)")).isEqualTo(1);
            assertThat(server.linesContaining("network I/O on NIO")).isZero();
            assertThat(server.linesContaining("telnet listening on /127.0.0.1:" + ports[0] + " ("
                    + Runtime.getRuntime().availableProcessors() + " I/O threads, epoll)")).isEqualTo(1);
        }
    }

    @Test
    void aMistypedTransportRefusesTheStart() throws Exception {
        int[] ports = ServerProcess.freePorts();
        try (ServerProcess server = start(Map.of("BRASS_TRANSPORT", "epol"), "", ports)) {
            assertThat(server.awaitExit(120)).as("the server refused to start").isTrue();
            assertThat(server.process().exitValue()).isEqualTo(1);
            assertThat(server.log()).isEqualTo("brass: BRASS_TRANSPORT must be auto or nio, not 'epol'\n");
        }
    }
}
