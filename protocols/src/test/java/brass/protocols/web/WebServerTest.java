package brass.protocols.web;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.EventLoopReactor;
import brass.protocols.guard.ClientAddress;
import brass.protocols.guard.ConnectionGate;
import brass.protocols.guard.Guard;
import brass.protocols.guard.LogLimiter;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionListener;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The web listener on a real socket: a WebSocket client, the origin check, the shared connection caps. */
class WebServerTest {

    private EventLoopReactor reactor;
    private Guard guard;
    private WebServer server;
    private final CompletableFuture<String> closed = new CompletableFuture<>();

    /** Greets; "quit" closes; anything else is echoed. */
    private final class Echo implements ConnectionListener {
        private final Connection c;

        Echo(Connection c) {
            this.c = c;
            c.send("Brass here.");
        }

        @Override
        public void onLine(String line) {
            if (line.equals("quit")) {
                c.close("quit");
            } else {
                c.send("echo: " + line);
            }
        }

        @Override
        public void onClose(String reason) {
            closed.complete(reason);
        }
    }

    /** What a WebSocket client received: each text message, and "close CODE" at the end. */
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

        String next() throws InterruptedException {
            String m = messages.poll(10, TimeUnit.SECONDS);
            assertThat(m).as("a message within 10 s").isNotNull();
            return m;
        }
    }

    @BeforeEach
    void start() throws InterruptedException {
        reactor = new EventLoopReactor().start();
        guard = new Guard(new ConnectionGate.Caps(1, 100), LogLimiter.Budget.defaults(), reactor.clock());
        server = new WebServer(reactor, WebServer.Settings.defaults().withPort(0), guard, Echo::new).start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        reactor.shutdown().get(10, TimeUnit.SECONDS);
    }

    private WebSocket open(String origin, Received received) {
        return HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin)
                .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/ws"), received).join();
    }

    private String get(String path) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aWebSocketClientPlaysAndOneOverTheAddressCapIsToldWhy() throws Exception {
        Received received = new Received();
        WebSocket ws = open("http://127.0.0.1:" + server.port(), received);
        assertThat(received.next()).isEqualTo("{\"text\":\"Brass here.\\r\\n\"}");
        ws.sendText("{\"line\":\"hello\"}", true).join();
        assertThat(received.next()).isEqualTo("{\"text\":\"echo: hello\\r\\n\"}");

        // The one place this address has is taken: the page itself is refused, with the gate's reason.
        String refused = get("/");
        assertThat(refused).startsWith("HTTP/1.1 503 Service Unavailable\r\n")
                .endsWith("\r\n\r\n" + ConnectionGate.TOO_MANY_FROM_ADDRESS + "\n");
        assertThat(guard.gate().openFrom(new ClientAddress("127.0.0.1"))).isEqualTo(1);

        ws.sendText("{\"line\":\"quit\"}", true).join();
        assertThat(received.next()).isEqualTo("close 1000");
        assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo("quit");
        // A place freed is a place again.
        assertThat(get("/")).startsWith("HTTP/1.1 200 OK\r\n").contains("<title>Brass</title>");
    }

    @Test
    void anotherSitesPageCannotOpenTheGame() {
        Received received = new Received();
        CompletionException refused = org.assertj.core.api.Assertions.catchThrowableOfType(CompletionException.class,
                () -> open("http://evil.example", received));
        assertThat(refused.getCause()).isInstanceOf(java.net.http.WebSocketHandshakeException.class);
        assertThat(((java.net.http.WebSocketHandshakeException) refused.getCause()).getResponse().statusCode())
                .isEqualTo(403);
        assertThat(closed).isNotDone();
    }
}
