package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
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
            Output out = new Output(p.getInputStream());
            try (OutputStream in = p.getOutputStream()) {
                out.await("By what name shall we know you?");
                line(in, "Tess");
                out.await("(yes/no)");
                line(in, "yes");
                out.await("Choose a password");
                line(in, "secret12");
                out.await("Type it again");
                line(in, "secret12");
                out.await("Welcome, Tess!");
                line(in, "say the wires hum");
                out.await("You say, \"the wires hum\"");
                line(in, "quit");
                out.await("Goodbye.");
            } finally {
                p.destroy();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            // The server asked the client not to echo the password, and it was never sent back.
            assertThat(out.text()).doesNotContain("secret12");
        }
    }

    private static void line(OutputStream in, String text) throws IOException {
        in.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Collects a process's output on a reader thread; waits for text with a bound. */
    private static final class Output {
        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
        private CompletableFuture<Void> changed = new CompletableFuture<>();

        Output(InputStream stream) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[4096];
                try {
                    int n;
                    while ((n = stream.read(buf)) >= 0) {
                        synchronized (this) {
                            seen.write(buf, 0, n);
                            changed.complete(null);
                            changed = new CompletableFuture<>();
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            t.setDaemon(true);
            t.start();
        }

        synchronized String text() {
            return seen.toString(StandardCharsets.UTF_8);
        }

        void await(String text) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (true) {
                CompletableFuture<Void> next;
                synchronized (this) {
                    if (text().contains(text)) {
                        return;
                    }
                    next = changed;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited 20 s for '" + text + "'; telnet showed:\n" + text());
                }
                try {
                    next.get(left, TimeUnit.NANOSECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    // loop once more to report
                }
            }
        }
    }
}
