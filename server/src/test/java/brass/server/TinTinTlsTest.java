package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.server.config.ServerConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TinTin++ (a real MUD client, in a real terminal: tmux) connecting with {@code #ssl} to the TLS
 * telnet port, creating a character and talking. .ci/run installs tintin++ and tmux; where either
 * is absent the test says so and skips.
 */
class TinTinTlsTest {

    @TempDir
    Path dir;

    /** The tmux server of this test alone (its own socket), so tests never share a terminal. */
    private final String socket = "brass-tls-" + UUID.randomUUID();

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private void type(String line) throws Exception {
        tmux("send-keys", "-t", "tt", "-l", line);
        tmux("send-keys", "-t", "tt", "Enter");
    }

    /**
     * Waits up to 20 s for {@code expected} on TinTin++'s screen. A terminal has no "changed"
     * signal to wait on, so the screen is looked at again every 50 ms; nothing depends on how long
     * it takes.
     */
    private String await(String expected) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            String screen = tmux("capture-pane", "-p", "-t", "tt", "-S", "-200");
            if (screen.contains(expected)) {
                return screen;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 20 s for '" + expected + "'; TinTin++ showed:\n" + screen);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
    }

    @Test
    void tinTinConnectsWithSslCreatesACharacterAndTalks() throws Exception {
        Path tintin = ProcessOutput.program("tt++").orElse(null);
        Path tmux = ProcessOutput.program("tmux").orElse(null);
        if (tintin == null || tmux == null) {
            System.out.println("TinTinTlsTest skipped: no " + (tintin == null ? "'tt++' (TinTin++)" : "'tmux'")
                    + " on PATH or in /usr/games (.ci/run installs tintin++ and tmux)");
        }
        Assumptions.assumeTrue(tintin != null && tmux != null, "TinTin++ or tmux missing");
        Path home = Files.createDirectories(dir.resolve("home"));
        ServerConfig config = TestServers.config(dir).withTls(0, null, null);
        try (Server server = TestServers.started(config)) {
            tmux("new-session", "-d", "-s", "tt", "-x", "120", "-y", "40",
                    "env HOME=" + home + " TERM=xterm-256color " + tintin);
            try {
                await("T I N T I N + +");
                type("#ssl brass 127.0.0.1 " + server.tlsPort());
                await("#SSL: THIS IS THE FIRST TIME YOU CONNECT TO THIS SERVER.");
                await("By what name shall we know you?");
                type("Tess");
                await("(yes/no)");
                type("yes");
                await("Choose a password");
                type("secret12");
                await("Type it again");
                type("secret12");
                await("Welcome, Tess!");
                type("say the wires hum");
                String screen = await("You say, \"the wires hum\"");
                // The password prompt turned the client's echo off: what was typed never showed.
                assertThat(screen).doesNotContain("secret12");
                // TinTin++ keeps the certificate it was shown: the one whose fingerprint the server logged.
                Path saved = home.resolve(".tintin/ssl/127.0.0.1_" + server.tlsPort() + ".crt");
                var certificate = CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(saved)));
                assertThat(HexFormat.ofDelimiter(":").withUpperCase().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())))
                        .isEqualTo(server.tls().fingerprint());
                type("quit");
                await("Goodbye.");
            } finally {
                tmux("kill-server");
            }
        }
    }
}
