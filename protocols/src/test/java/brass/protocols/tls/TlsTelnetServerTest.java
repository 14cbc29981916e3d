package brass.protocols.tls;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.EventLoopReactor;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionListener;
import brass.protocols.telnet.TelnetServer;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TLS telnet listener on an ephemeral port, with a real game loop and a Netty TLS client. */
class TlsTelnetServerTest {

    @TempDir
    Path dir;

    private EventLoopReactor reactor;
    private TelnetServer server;
    private TlsContext tls;
    private EventLoopGroup clients;

    /** Greets and echoes each line, as the game's login dialogue would answer. */
    private static final class Echo implements ConnectionListener {
        private final Connection connection;

        Echo(Connection connection) {
            this.connection = connection;
            connection.send("Welcome to Brass over TLS!");
        }

        @Override
        public void onLine(String line) {
            connection.send("You said: " + line);
        }

        @Override
        public void onClose(String reason) {
        }
    }

    /** What a client received, as ISO-8859-1 text so that telnet's bytes show as they are. */
    private static final class Received extends SimpleChannelInboundHandler<ByteBuf> {
        private final StringBuilder text = new StringBuilder();

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf msg) {
            synchronized (text) {
                text.append(msg.toString(StandardCharsets.ISO_8859_1));
                text.notifyAll();
            }
        }

        String await(String expected) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            synchronized (text) {
                while (text.indexOf(expected) < 0) {
                    long left = end - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("no '" + expected + "' within 10 s; got: " + text);
                    }
                    text.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
                }
                return text.toString();
            }
        }
    }

    private record Client(Channel channel, Received received) {
        String fingerprint() throws Exception {
            Certificate[] peer = channel.pipeline().get(SslHandler.class).engine().getSession().getPeerCertificates();
            return HexFormat.ofDelimiter(":").withUpperCase()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(peer[0].getEncoded()));
        }

        void line(String text) {
            channel.writeAndFlush(Unpooled.copiedBuffer(text + "\r\n", StandardCharsets.UTF_8));
        }
    }

    @BeforeEach
    void start() throws Exception {
        reactor = new EventLoopReactor().start();
        tls = TlsContext.selfSigned(dir.resolve("data"));
        server = new TelnetServer(reactor, TelnetServer.Settings.defaults().withPort(0).withTls(tls), Echo::new).start();
        clients = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        clients.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        reactor.shutdown().get(10, TimeUnit.SECONDS);
    }

    private Client connect() throws Exception {
        SslContext context = SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();
        Received received = new Received();
        Channel channel = new Bootstrap().group(clients).channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(context.newHandler(ch.alloc(), "127.0.0.1", server.port()), received);
                    }
                })
                .connect("127.0.0.1", server.port()).sync().channel();
        channel.pipeline().get(SslHandler.class).handshakeFuture().sync();
        return new Client(channel, received);
    }

    @Test
    void theSameTelnetIsSpokenInsideTls() throws Exception {
        Client client = connect();
        String greeting = client.received().await("Welcome to Brass over TLS!");
        // The option layer's first offers arrive inside TLS as on the plain port: IAC WILL/DO.
        assertThat(greeting).startsWith("\u00ff");
        client.line("hello");
        client.received().await("You said: hello");
        assertThat(client.fingerprint()).isEqualTo(tls.fingerprint());
        client.channel().close().sync();
    }

    @Test
    void aRenewedCertificateIsServedToNewConnectionsWhileOpenOnesGoOn() throws Exception {
        Client before = connect();
        before.received().await("Welcome");
        String old = tls.fingerprint();
        TlsContext renewed = TlsContext.selfSigned(dir.resolve("renewed"));
        Files.copy(renewed.certificateFile(), tls.certificateFile(), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(renewed.keyFile(), tls.keyFile(), StandardCopyOption.REPLACE_EXISTING);
        assertThat(tls.reloadIfChanged()).isTrue();

        Client after = connect();
        after.received().await("Welcome");
        assertThat(after.fingerprint()).isEqualTo(renewed.fingerprint()).isNotEqualTo(old);
        before.line("still here");
        before.received().await("You said: still here");
        assertThat(before.fingerprint()).isEqualTo(old);
    }
}
