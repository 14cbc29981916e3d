package brass.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.protocols.tls.SelfSigned;
import brass.server.config.ServerConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS telnet port with OpenSSL's own client ({@code openssl s_client}, a real process): the
 * self-signed certificate made on the first start and the operator's PEM files as OpenSSL writes
 * them. .ci/run installs openssl; where it is absent these tests say so and skip.
 */
class TlsServerTest {

    @TempDir
    Path dir;

    private static Path openssl() {
        Path openssl = ProcessOutput.program("openssl").orElse(null);
        if (openssl == null) {
            System.out.println("TlsServerTest skipped: no 'openssl' on PATH (.ci/run installs it)");
        }
        Assumptions.assumeTrue(openssl != null, "no openssl on PATH");
        return openssl;
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + " said:\n" + out).isZero();
        return out;
    }

    /** The SHA-256 fingerprint of the first certificate s_client printed with -showcerts. */
    private static String fingerprintOfFirstCertificate(String output) throws Exception {
        int from = output.indexOf("-----BEGIN CERTIFICATE-----");
        String end = "-----END CERTIFICATE-----";
        int to = output.indexOf(end, from) + end.length();
        var certificate = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(output.substring(from, to).getBytes(StandardCharsets.US_ASCII)));
        return HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }

    @Test
    void openSslPlaysOverTheSelfSignedCertificateWhoseFingerprintIsLogged() throws Exception {
        Path openssl = openssl();
        ServerConfig config = TestServers.config(dir).withTls(0, null, null);
        try (LogWatch log = LogWatch.on(Server.class, ch.qos.logback.classic.Level.INFO); Server server = TestServers.started(config)) {
            Path certificate = dir.resolve("data").resolve(SelfSigned.CERTIFICATE_FILE);
            String fingerprint = run(List.of(openssl.toString(), "x509", "-in", certificate.toString(), "-noout",
                    "-fingerprint", "-sha256")).strip();
            assertThat(fingerprint).isEqualTo("sha256 Fingerprint=" + server.tls().fingerprint());
            assertThat(log.lines()).contains("made a self-signed TLS certificate, SHA-256 fingerprint "
                    + server.tls().fingerprint() + ", stored in " + certificate
                    + " (set tls-certificate and tls-key to use your own)");
            Process p = new ProcessBuilder(openssl.toString(), "s_client", "-connect", "127.0.0.1:" + server.tlsPort(),
                    "-showcerts", "-ign_eof").redirectErrorStream(true).start();
            ProcessOutput out = new ProcessOutput("openssl s_client", p.getInputStream());
            try (OutputStream in = p.getOutputStream()) {
                String greeting = out.await("By what name shall we know you?");
                assertThat(fingerprintOfFirstCertificate(greeting)).isEqualTo(server.tls().fingerprint());
                out.createCharacterAndSay(in, "Tess", "secret12", "the wires hum");
                ProcessOutput.line(in, "quit");
                out.await("Goodbye.");
            } finally {
                p.destroy();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
        // The next start reads the same certificate: players who accepted it see no change.
        try (Server again = TestServers.started(config)) {
            assertThat(again.tls().fingerprint()).isEqualTo(
                    run(List.of(openssl.toString(), "x509", "-in",
                            dir.resolve("data").resolve(SelfSigned.CERTIFICATE_FILE).toString(), "-noout",
                            "-fingerprint", "-sha256")).strip().substring("sha256 Fingerprint=".length()));
        }
    }

    @Test
    void theOperatorsPemFilesAsOpenSslWritesThemAreServed() throws Exception {
        Path openssl = openssl();
        Path key = dir.resolve("privkey.pem");
        Path chain = dir.resolve("fullchain.pem");
        // An EC key in the older SEC1 form ("BEGIN EC PRIVATE KEY"), and a certificate for it.
        run(List.of(openssl.toString(), "ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", key.toString()));
        assertThat(Files.readString(key)).startsWith("-----BEGIN EC PRIVATE KEY-----");
        run(List.of(openssl.toString(), "req", "-x509", "-key", key.toString(), "-out", chain.toString(),
                "-subj", "/CN=mud.example", "-days", "2"));
        ServerConfig config = TestServers.config(dir).withTls(0, chain, key);
        try (Server server = TestServers.started(config)) {
            Process p = new ProcessBuilder(openssl.toString(), "s_client", "-connect", "127.0.0.1:" + server.tlsPort(),
                    "-showcerts", "-ign_eof").redirectErrorStream(true).start();
            ProcessOutput out = new ProcessOutput("openssl s_client", p.getInputStream());
            try {
                String greeting = out.await("By what name shall we know you?");
                assertThat(greeting).contains("CN = mud.example");
                assertThat(fingerprintOfFirstCertificate(greeting)).isEqualTo(server.tls().fingerprint());
            } finally {
                p.destroy();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            assertThat(dir.resolve("data").resolve(SelfSigned.CERTIFICATE_FILE)).doesNotExist();
        }
    }

    @Test
    void aCertificateThatCannotBeReadStopsTheStartWithOneLine() {
        Path absent = dir.resolve("fullchain.pem");
        ServerConfig config = TestServers.config(dir).withTls(0, absent, dir.resolve("privkey.pem"));
        Server server = new brass.server.Server(config, brass.world.behaviour.standard.StandardBehaviours.registry());
        try {
            assertThatThrownBy(server::start).isInstanceOf(IOException.class)
                    .hasMessage("TLS: " + absent + ": no such file");
        } finally {
            server.stop().join();
        }
    }
}
