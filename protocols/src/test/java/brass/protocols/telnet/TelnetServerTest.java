package brass.protocols.telnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brass.engine.reactor.EventLoopReactor;
import brass.net.IoThreads;
import brass.net.NettyTransport;
import brass.protocols.guard.ClientAddress;
import brass.protocols.guard.ConnectionGate;
import brass.protocols.guard.Guard;
import brass.protocols.guard.LogLimiter;
import brass.protocols.session.ClientCapabilities;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionLimits;
import brass.protocols.session.ConnectionListener;
import io.netty.channel.epoll.Epoll;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.commons.net.telnet.EchoOptionHandler;
import org.apache.commons.net.telnet.SuppressGAOptionHandler;
import org.apache.commons.net.telnet.TelnetClient;
import org.apache.commons.net.telnet.TerminalTypeOptionHandler;
import org.apache.commons.net.telnet.WindowSizeOptionHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A real server on an ephemeral port, a real game loop, real clients. */
class TelnetServerTest {

    private EventLoopReactor reactor;
    private TelnetServer server;
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final CompletableFuture<ClientCapabilities> sized = new CompletableFuture<>();
    private final CompletableFuture<String> mssp = new CompletableFuture<>();

    /** Greets, echoes each line, quits on "quit"; "flood" makes it send far more than a client reads. */
    private final class Echo implements ConnectionListener {
        private final Connection connection;

        Echo(Connection connection) {
            this.connection = connection;
            assertThat(reactor.inLoop()).isTrue();
            connection.send("Welcome to {bold}Brass{/}!");
            connection.prompt("> ");
        }

        @Override
        public void onLine(String line) {
            assertThat(reactor.inLoop()).isTrue();
            if (line.equals("quit")) {
                connection.send("Bye.");
                connection.close("quit");
            } else if (line.equals("flood")) {
                flood();
            } else {
                connection.send("You said: " + line);
                connection.prompt("> ");
            }
        }

        private void flood() {
            if (connection.isOpen()) {
                connection.send("x".repeat(64 * 1024));
                reactor.callLater(Duration.ofMillis(2), "flood", this::flood);
            }
        }

        @Override
        public void onCapabilities(ClientCapabilities c) {
            if (c.width() == 100 && !c.terminalType().isEmpty()) {
                sized.complete(c);
            }
        }

        @Override
        public void onClose(String reason) {
            closed.complete(reason);
        }
    }

    @BeforeEach
    void start() throws InterruptedException {
        reactor = new EventLoopReactor().start();
        TelnetServer.Settings settings = TelnetServer.Settings.defaults().withPort(0)
                .withLimits(new ConnectionLimits(256 * 1024, 16))
                .withMssp(() -> {
                    mssp.complete(Thread.currentThread().getName());
                    return Map.of("NAME", List.of("Brass test"), "PLAYERS", List.of("1"));
                });
        server = new TelnetServer(reactor, settings, Echo::new).start();
        assertThat(server.port()).isPositive();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        reactor.shutdown().get(10, TimeUnit.SECONDS);
    }

    /** Reads until {@code expected} has been seen (telnet bytes and all); fails after the socket timeout. */
    private static String readUntil(InputStream in, String expected) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!seen.toString(StandardCharsets.ISO_8859_1).contains(expected)) {
            int n;
            try {
                n = in.read(buf);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("timed out waiting for '" + expected + "'; got: " + seen.toString(StandardCharsets.ISO_8859_1));
            }
            if (n < 0) {
                throw new AssertionError("connection closed before '" + expected + "'; got: " + seen.toString(StandardCharsets.ISO_8859_1));
            }
            seen.write(buf, 0, n);
        }
        return seen.toString(StandardCharsets.ISO_8859_1);
    }

    private static void readToEnd(InputStream in) throws IOException {
        byte[] buf = new byte[4096];
        while (in.read(buf) >= 0) {
            // drain
        }
    }

    @Test
    void aRawSocketClientLikeNetcatChatsAndQuits() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            readUntil(in, "Brass");
            out.write("hello w\u00f6rld\n".getBytes(StandardCharsets.UTF_8));
            String text = new String(readUntil(in, "You said: hello w").getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            out.write("quit\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readUntil(in, "Bye.")).isNotNull();
            readToEnd(in);
            assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo("quit");
            assertThat(text).doesNotContain("\u00ff\u00f9"); // no IAC GA for a client that never negotiated
        }
    }

    @Test
    void commonsNetTelnetClientNegotiatesSizeAndTerminalType() throws Exception {
        TelnetClient client = new TelnetClient();
        client.setReaderThread(false);
        client.addOptionHandler(new TerminalTypeOptionHandler("XTERM-256COLOR", false, false, true, false));
        client.addOptionHandler(new WindowSizeOptionHandler(100, 30, true, false, true, false));
        client.addOptionHandler(new EchoOptionHandler(false, false, true, true));
        client.addOptionHandler(new SuppressGAOptionHandler(true, true, true, true));
        client.connect("127.0.0.1", server.port());
        try {
            client.setSoTimeout(10_000);
            InputStream in = client.getInputStream();
            readUntil(in, "Brass");
            client.getOutputStream().write("look\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            readUntil(in, "You said: look");
            ClientCapabilities caps = sized.get(10, TimeUnit.SECONDS);
            assertThat(caps.width()).isEqualTo(100);
            assertThat(caps.height()).isEqualTo(30);
            assertThat(caps.terminalType()).isEqualTo("XTERM-256COLOR");
            assertThat(caps.colourLevel()).isEqualTo(brass.protocols.render.ColourLevel.ANSI256);
            assertThat(caps.negotiating()).isTrue();
        } finally {
            client.disconnect();
        }
        assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo("connection closed by the client");
    }

    @Test
    void msspIsAnsweredFromTheGameLoop() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(new byte[] {(byte) Telnet.IAC, (byte) Telnet.DO, (byte) Telnet.OPT_MSSP});
            String got = readUntil(s.getInputStream(), "Brass test");
            assertThat(got).contains("\u00ff\u00fa\u0046"); // IAC SB MSSP
            assertThat(mssp.get(10, TimeUnit.SECONDS)).isEqualTo("brass-game-loop");
        }
    }

    @Test
    void aClientThatStopsReadingIsDisconnected() throws Exception {
        try (Socket s = new Socket()) {
            s.setReceiveBufferSize(4096);
            s.connect(server.boundAddress());
            s.setSoTimeout(10_000);
            readUntil(s.getInputStream(), "Brass");
            s.getOutputStream().write("flood\r\n".getBytes(StandardCharsets.US_ASCII));
            // We never read again: the server must give up on us, not buffer without end.
            assertThat(closed.get(20, TimeUnit.SECONDS)).contains("not reading");
        }
    }

    @Test
    void closingTheServerTellsClients() throws Exception {
        closingTells(server);
        assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo("server shutting down");
    }

    /** A client connected to {@code listening} is told it is going down as it closes, then disconnected. */
    private static void closingTells(TelnetServer listening) throws Exception {
        try (Socket s = new Socket("127.0.0.1", listening.port())) {
            s.setSoTimeout(10_000);
            readUntil(s.getInputStream(), "Brass");
            CompletableFuture<Void> closing = CompletableFuture.runAsync(listening::close);
            readUntil(s.getInputStream(), "going down");
            readToEnd(s.getInputStream());
            closing.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void connectionsOverTheAddressCapAreToldWhyAndClosed() throws Exception {
        Guard guard = new Guard(new ConnectionGate.Caps(2, 100), LogLimiter.Budget.defaults(), reactor.clock());
        TelnetServer capped = new TelnetServer(reactor, TelnetServer.Settings.defaults().withPort(0), guard, Echo::new)
                .start();
        try (Socket first = new Socket("127.0.0.1", capped.port());
             Socket second = new Socket("127.0.0.1", capped.port())) {
            first.setSoTimeout(10_000);
            second.setSoTimeout(10_000);
            readUntil(first.getInputStream(), "Brass");
            readUntil(second.getInputStream(), "Brass");
            try (Socket third = new Socket("127.0.0.1", capped.port())) {
                third.setSoTimeout(10_000);
                byte[] all = third.getInputStream().readAllBytes();
                assertThat(new String(all, StandardCharsets.UTF_8))
                        .isEqualTo("Too many connections from your address; try again later.\r\n");
            }
            assertThat(guard.gate().openFrom(new ClientAddress("127.0.0.1"))).isEqualTo(2);
            // A place freed is a place again.
            first.getOutputStream().write("quit\r\n".getBytes(StandardCharsets.US_ASCII));
            readToEnd(first.getInputStream());
            assertThat(closed.get(10, TimeUnit.SECONDS)).isEqualTo("quit");
            try (Socket fourth = new Socket("127.0.0.1", capped.port())) {
                fourth.setSoTimeout(10_000);
                readUntil(fourth.getInputStream(), "Brass");
            }
        } finally {
            capped.close();
        }
    }

    /**
     * Each transport a listener may run on carries the same telnet: a chat, a client that stops
     * reading dropped (the write-buffer bounds hold there too), and the goodbye at the close.
     */
    @ParameterizedTest
    @EnumSource(NettyTransport.class)
    void eachTransportServesTelnet(NettyTransport transport) throws Exception {
        assumeTrue(transport != NettyTransport.EPOLL || Epoll.isAvailable(), "epoll is not available here");
        TelnetServer on = new TelnetServer(reactor, TelnetServer.Settings.defaults().withPort(0)
                .withLimits(new ConnectionLimits(256 * 1024, 16)).withIo(new IoThreads(transport, 1)), Echo::new)
                .start();
        try {
            try (Socket s = new Socket("127.0.0.1", on.port())) {
                s.setSoTimeout(10_000);
                readUntil(s.getInputStream(), "Brass");
                s.getOutputStream().write("look\r\n".getBytes(StandardCharsets.US_ASCII));
                readUntil(s.getInputStream(), "You said: look");
                s.getOutputStream().write("flood\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(closed.get(20, TimeUnit.SECONDS)).contains("not reading");
            }
            closingTells(on);
        } finally {
            on.close();
        }
    }
}
