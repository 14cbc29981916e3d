package brass.protocols.web;

import brass.engine.reactor.Reactor;
import brass.protocols.guard.ConnectionGate;
import brass.protocols.guard.Guard;
import brass.protocols.listen.Listener;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionLimits;
import brass.protocols.session.ConnectionListener;
import brass.protocols.session.PlayerInput;
import brass.net.IoThreads;
import brass.protocols.tls.TlsContext;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web client's listener: a Netty server for its page (HTTP GET) and its WebSocket, whose
 * I/O threads only decode and encode, as telnet's do. Each connection asks the shared
 * {@link ConnectionGate} for a place first (telnet, SSH and the web counted together); a refused
 * one is answered 503 with the gate's reason.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    /** The longest WebSocket message read: a line of {@link PlayerInput#MAX_LINE} characters, each JSON-escaped. */
    static final int MAX_MESSAGE = PlayerInput.MAX_LINE * 6 + 64;
    /** The longest request line and headers read; a page's GET needs far less. */
    static final int MAX_HEADERS = 8192;

    /**
     * @param host             address to bind ("127.0.0.1" by default)
     * @param port             port to bind; 0 picks a free one (see {@link #port()})
     * @param readIdleTimeout  a player silent this long is asked about ({@link ConnectionListener#onIdle}); zero: never
     * @param handshakeTimeout a connection that is not a WebSocket this long after it opened is closed
     * @param limits           per-connection output and input bounds
     * @param shutdownMessage  told to every player when the server closes
     * @param tls              the certificate to serve HTTPS with; null: plain HTTP
     * @param io               its I/O threads: how many, and on which transport (epoll or NIO)
     */
    public record Settings(String host, int port, Duration readIdleTimeout, Duration handshakeTimeout,
                           ConnectionLimits limits, String shutdownMessage, TlsContext tls, IoThreads io) {

        public static Settings defaults() {
            return new Settings("127.0.0.1", 8080, Duration.ofMinutes(30), Duration.ofSeconds(20),
                    ConnectionLimits.defaults(), "The server is going down now. Goodbye!", null,
                    IoThreads.defaults());
        }

        /** The same settings serving HTTPS with {@code context} (null: plain HTTP). */
        public Settings withTls(TlsContext context) {
            return new Settings(host, port, readIdleTimeout, handshakeTimeout, limits, shutdownMessage, context, io);
        }

        public Settings withHost(String newHost) {
            return new Settings(newHost, port, readIdleTimeout, handshakeTimeout, limits, shutdownMessage, tls, io);
        }

        public Settings withPort(int newPort) {
            return new Settings(host, newPort, readIdleTimeout, handshakeTimeout, limits, shutdownMessage, tls, io);
        }

        /** The same web client on other I/O threads. */
        public Settings withIo(IoThreads newIo) {
            return new Settings(host, port, readIdleTimeout, handshakeTimeout, limits, shutdownMessage, tls, newIo);
        }

        public Settings withReadIdleTimeout(Duration timeout) {
            return new Settings(host, port, timeout, handshakeTimeout, limits, shutdownMessage, tls, io);
        }
    }

    private final Reactor reactor;
    private final Settings settings;
    private final Guard guard;
    private final WebAssets assets;
    private final Function<? super Connection, ? extends ConnectionListener> factory;
    private final Listener listener;

    public WebServer(Reactor reactor, Settings settings, Guard guard,
                     Function<? super Connection, ? extends ConnectionListener> factory) {
        this.reactor = reactor;
        this.settings = settings;
        this.guard = guard;
        this.assets = WebAssets.load();
        this.factory = factory;
        this.listener = new Listener("web client", "web", guard, settings.tls(), this::configure, WebServer::refuse,
                WebSessionHandler.class, settings.shutdownMessage());
    }

    /** Binds and starts accepting; returns when the socket is bound. */
    public WebServer start() throws InterruptedException {
        listener.start(settings.host(), settings.port(), settings.io());
        return this;
    }

    /** Every request of a refused connection is answered 503 with the gate's reason, then closed. */
    private static void refuse(ChannelPipeline p, String why) {
        p.addLast("http", new HttpServerCodec(4096, MAX_HEADERS, 8192));
        p.addLast("aggregator", new HttpObjectAggregator(0));
        p.addLast("refused", new SimpleChannelInboundHandler<FullHttpRequest>() {
            @Override
            protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
                WebPageHandler.send(ctx, WebPageHandler.response(HttpResponseStatus.SERVICE_UNAVAILABLE, why));
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                ctx.close();
            }
        });
    }

    /** The pipeline of an admitted connection; public so that tests can build it on an {@code EmbeddedChannel}. */
    public static void configure(ChannelPipeline p, Settings settings, WebAssets assets, Reactor reactor, Guard guard,
                                 Function<? super Connection, ? extends ConnectionListener> factory) {
        p.addLast("http", new HttpServerCodec(4096, MAX_HEADERS, 8192));
        // A GET has no body: anything longer than nothing is answered 413 by the aggregator.
        p.addLast("aggregator", new HttpObjectAggregator(0));
        p.addLast("page", new WebPageHandler(assets));
        p.addLast("websocket", new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                .websocketPath(WebPageHandler.SOCKET_PATH)
                .checkStartsWith(false)
                // The session sends its own close frames, each with the status the page acts on.
                .sendCloseFrame(null)
                .handshakeTimeoutMillis(settings.handshakeTimeout().toMillis())
                .decoderConfig(WebSocketDecoderConfig.newBuilder()
                        .maxFramePayloadLength(MAX_MESSAGE)
                        .allowExtensions(false)
                        .build())
                .build()));
        p.addLast("messages", new WebSocketFrameAggregator(MAX_MESSAGE));
        if (!settings.readIdleTimeout().isZero()) {
            // After the WebSocket handler: a ping's pong is not the player doing something.
            p.addLast("idle", new IdleStateHandler(settings.readIdleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
        }
        p.addLast("session", new WebSessionHandler(reactor, settings.limits(), guard.logs(), settings.handshakeTimeout(),
                factory));
    }

    private void configure(ChannelPipeline p) {
        configure(p, settings, assets, reactor, guard, factory);
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return listener.port();
    }

    public InetSocketAddress boundAddress() {
        return listener.boundAddress();
    }

    /** Connections open now (pages loading and players). */
    public int connectionCount() {
        return listener.connectionCount();
    }

    /**
     * Stops accepting, tells every player the server is going down, closes them (their
     * listeners get {@code onClose}), and stops the I/O threads. Waits up to a few seconds.
     */
    @Override
    public void close() {
        listener.close();
    }
}
