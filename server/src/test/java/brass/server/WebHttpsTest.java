package brass.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.protocols.tls.SelfSigned;
import brass.server.config.ServerConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code web-tls}: the web client over HTTPS on a real socket, with Java's HTTP client trusting
 * only the self-signed certificate the server made in its data folder (so a page served with any
 * other certificate, or over plain HTTP, fails here).
 */
class WebHttpsTest {

    @TempDir
    Path dir;

    /** Trusts exactly the certificate in {@code pem}, and checks the name as a browser does. */
    private static HttpClient trusting(Path pem) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            trusted.setCertificateEntry("brass", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** What the WebSocket received, a message at a time. */
    private static final class Received implements WebSocket.Listener {
        final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            messages.add(data.toString());
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            messages.add("close " + status);
            return null;
        }

        /** Messages until one contains {@code text}; all of them joined. */
        String until(String text) throws InterruptedException {
            StringBuilder all = new StringBuilder();
            while (!all.toString().contains(text)) {
                String m = messages.poll(10, TimeUnit.SECONDS);
                assertThat(m).as("a message within 10 s after " + all).isNotNull();
                all.append(m);
            }
            return all.toString();
        }
    }

    @Test
    void thePageAndItsWebSocketAreServedOverHttpsWithTheSelfSignedCertificate() throws Exception {
        ServerConfig config = TestServers.config(dir).withWebPort(0).withWebTls(true);
        try (Server server = TestServers.started(config)) {
            int port = server.webPort().orElseThrow();
            // tls-port is off: the certificate is made for the web client alone.
            assertThatThrownBy(server::tlsPort).isInstanceOf(IllegalStateException.class);
            Path certificate = dir.resolve("data").resolve(SelfSigned.CERTIFICATE_FILE);
            assertThat(server.tls().certificateFile()).isEqualTo(certificate);
            HttpClient client = trusting(certificate);

            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Brass</title>");
            assertThat(page.sslSession()).isPresent();

            Received received = new Received();
            WebSocket ws = client.newWebSocketBuilder().header("Origin", "https://127.0.0.1:" + port)
                    .buildAsync(URI.create("wss://127.0.0.1:" + port + "/ws"), received).get(10, TimeUnit.SECONDS);
            received.until("By what name shall we know you?");
            ws.sendText("{\"line\":\"quit\"}", true).get(10, TimeUnit.SECONDS);
            received.until("close 1000");

            // Plain HTTP on the HTTPS port is not answered as a page.
            try (Socket s = new Socket("127.0.0.1", port)) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                String answer;
                try {
                    answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                } catch (IOException reset) {
                    answer = "";
                }
                assertThat(answer).doesNotContain("HTTP/1.1 200").doesNotContain("<title>Brass</title>");
            }
        }
    }

    @Test
    void withoutWebTlsThePageIsPlainHttpAndNoCertificateIsMade() throws Exception {
        try (Server server = TestServers.started(TestServers.config(dir).withWebPort(0))) {
            int port = server.webPort().orElseThrow();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Brass</title>");
            assertThat(server.tls()).isNull();
            assertThat(dir.resolve("data").resolve(SelfSigned.CERTIFICATE_FILE)).doesNotExist();
        }
    }
}
