package brass.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** BRASS_TRANSPORT as an operator sets it: in the environment of a new Java process. */
class TransportVariableTest {

    private record Run(int exit, List<String> lines) {
    }

    private static Run run(String value) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ChosenTransport.class.getName());
        pb.environment().remove(NettyTransport.VARIABLE);
        if (value != null) {
            pb.environment().put(NettyTransport.VARIABLE, value);
        }
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // Each log line ends with the message: the pattern's time and thread are left behind.
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8).lines()
                .map(l -> l.contains(" - ") ? l.substring(l.indexOf(" - ") + 3) : l).toList());
    }

    @Test
    void nioForcesNioAndSaysSoOnce() throws Exception {
        assertThat(run("nio")).isEqualTo(new Run(0, List.of("network I/O on NIO, as BRASS_TRANSPORT=nio asks",
                "chosen: NIO")));
    }

    @Test
    void unsetTakesEpollOnLinuxX86() throws Exception {
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "epoll's native library ships for Linux on x86-64 only");
        assertThat(run(null)).isEqualTo(new Run(0, List.of("network I/O on epoll (Linux's native transport)",
                "chosen: EPOLL")));
    }

    @Test
    void aMistypedValueIsRefusedInWords() throws Exception {
        assertThat(run("epol")).isEqualTo(new Run(2, List.of("refused: BRASS_TRANSPORT must be auto or nio, not 'epol'")));
    }
}
