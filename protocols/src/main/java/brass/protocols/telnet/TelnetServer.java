package brass.protocols.telnet;

import brass.engine.reactor.Reactor;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionLimits;
import brass.protocols.session.ConnectionListener;
import brass.protocols.guard.ConnectionGate;
import brass.protocols.guard.Guard;
import brass.protocols.listen.Listener;
import brass.protocols.telnet.option.MsspVariables;
import brass.net.IoThreads;
import brass.protocols.tls.TlsContext;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The telnet listener: a Netty server whose I/O threads only decode and encode; every call into
 * the game goes through {@link Reactor#execute}. For each new client the factory is called on
 * the game loop with the client's {@link Connection} and returns its {@link ConnectionListener}.
 * A client the shared {@link ConnectionGate} turns away (too many connections from its address,
 * or in all) is told why in one line and closed before the game hears of it.
 */
public final class TelnetServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelnetServer.class);

    /**
     * @param host            address to bind ("127.0.0.1" by default)
     * @param port            port to bind; 0 picks a free one (see {@link #port()})
     * @param readIdleTimeout close (or ask {@link ConnectionListener#onIdle}) after this much silence; zero: never
     * @param limits          per-connection output and input bounds
     * @param maxLineBytes    longest input line read, in bytes; a longer one is refused whole, the player told
     * @param maxSubnegotiation longest telnet subnegotiation kept
     * @param mccp2           offer MCCP2 compression
     * @param mssp            MSSP variables for crawlers, or null not to offer MSSP
     * @param shutdownMessage told to every client when the server closes
     * @param tls             null for plain telnet; otherwise every connection speaks the same telnet
     *                        inside TLS with the certificate this gives at the time it connects
     * @param io              its I/O threads: how many, and on which transport (epoll or NIO)
     */
    public record Settings(String host, int port, Duration readIdleTimeout, ConnectionLimits limits, int maxLineBytes,
                           int maxSubnegotiation, boolean mccp2, MsspProvider mssp, String shutdownMessage,
                           TlsContext tls, IoThreads io) {

        public static Settings defaults() {
            return new Settings("127.0.0.1", 4000, Duration.ofMinutes(30), ConnectionLimits.defaults(),
                    TelnetLineDecoder.DEFAULT_MAX_LINE_BYTES, TelnetDecoder.DEFAULT_MAX_SUBNEGOTIATION, true, null,
                    "The server is going down now. Goodbye!", null, IoThreads.defaults());
        }

        public Settings withPort(int newPort) {
            return new Settings(host, newPort, readIdleTimeout, limits, maxLineBytes, maxSubnegotiation, mccp2, mssp,
                    shutdownMessage, tls, io);
        }

        public Settings withHost(String newHost) {
            return new Settings(newHost, port, readIdleTimeout, limits, maxLineBytes, maxSubnegotiation, mccp2, mssp,
                    shutdownMessage, tls, io);
        }

        public Settings withMssp(MsspProvider provider) {
            return new Settings(host, port, readIdleTimeout, limits, maxLineBytes, maxSubnegotiation, mccp2, provider,
                    shutdownMessage, tls, io);
        }

        public Settings withReadIdleTimeout(Duration timeout) {
            return new Settings(host, port, timeout, limits, maxLineBytes, maxSubnegotiation, mccp2, mssp,
                    shutdownMessage, tls, io);
        }

        public Settings withMccp2(boolean on) {
            return new Settings(host, port, readIdleTimeout, limits, maxLineBytes, maxSubnegotiation, on, mssp,
                    shutdownMessage, tls, io);
        }

        public Settings withMaxLineBytes(int bytes) {
            return new Settings(host, port, readIdleTimeout, limits, bytes, maxSubnegotiation, mccp2, mssp,
                    shutdownMessage, tls, io);
        }

        /** The same telnet inside TLS (null: plain telnet). */
        public Settings withTls(TlsContext context) {
            return new Settings(host, port, readIdleTimeout, limits, maxLineBytes, maxSubnegotiation, mccp2, mssp,
                    shutdownMessage, context, io);
        }

        /** The same telnet on other I/O threads. */
        public Settings withIo(IoThreads newIo) {
            return new Settings(host, port, readIdleTimeout, limits, maxLineBytes, maxSubnegotiation, mccp2, mssp,
                    shutdownMessage, tls, newIo);
        }

        public Settings withLimits(ConnectionLimits newLimits) {
            return new Settings(host, port, readIdleTimeout, newLimits, maxLineBytes, maxSubnegotiation, mccp2, mssp,
                    shutdownMessage, tls, io);
        }
    }

    private final Reactor reactor;
    private final Settings settings;
    private final Guard guard;
    private final Function<? super Connection, ? extends ConnectionListener> factory;
    private final Listener listener;

    /** A server with no connection caps (for tools and tests that open many connections at once). */
    public TelnetServer(Reactor reactor, Settings settings,
                        Function<? super Connection, ? extends ConnectionListener> factory) {
        this(reactor, settings, Guard.uncapped(reactor.clock()), factory);
    }

    /**
     * @param guard the defences shared with the other listeners: each client asks its
     *              {@link ConnectionGate} for a place, and what clients make the server log
     *              counts against its log budget
     */
    public TelnetServer(Reactor reactor, Settings settings, Guard guard,
                        Function<? super Connection, ? extends ConnectionListener> factory) {
        this.reactor = reactor;
        this.settings = settings;
        this.guard = guard;
        this.factory = factory;
        this.listener = new Listener(settings.tls() == null ? "telnet" : "telnet over TLS", "telnet", guard,
                settings.tls(), this::configure, TelnetServer::refuse, TelnetSessionHandler.class,
                settings.shutdownMessage());
    }

    /** Binds and starts accepting clients; returns when the socket is bound. */
    public TelnetServer start() throws InterruptedException {
        listener.start(settings.host(), settings.port(), settings.io());
        return this;
    }

    /** Tells a client the gate turned away why, in one line, and closes; the game never hears of it. */
    private static void refuse(ChannelPipeline pipeline, String why) {
        pipeline.addLast("refused", new ChannelInboundHandlerAdapter() {
            @Override
            public void channelActive(ChannelHandlerContext ctx) {
                ctx.writeAndFlush(Unpooled.copiedBuffer(why + "\r\n", StandardCharsets.UTF_8))
                        .addListener(ChannelFutureListener.CLOSE);
            }

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                ReferenceCountUtil.release(msg);
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                ctx.close();
            }
        });
    }

    private void configure(ChannelPipeline p) {
        if (!settings.readIdleTimeout().isZero()) {
            p.addLast("idle", new IdleStateHandler(settings.readIdleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS));
        }
        p.addLast("telnet-decoder", new TelnetDecoder(settings.maxSubnegotiation(), guard.logs()));
        p.addLast("telnet-encoder", new TelnetEncoder());
        MsspProvider mssp = settings.mssp();
        p.addLast("telnet-options", new TelnetOptionHandler(mssp == null ? null : client -> requestMssp(client, mssp),
                settings.mccp2()));
        p.addLast("lines", new TelnetLineDecoder(settings.maxLineBytes()));
        p.addLast("session", new TelnetSessionHandler(reactor, settings.limits(), guard.logs(), factory));
    }

    /** Gathers the MSSP variables on the game loop and writes them to the client, whose option layer sends them. */
    private void requestMssp(Channel ch, MsspProvider mssp) {
        try {
            reactor.execute(() -> ch.writeAndFlush(new MsspVariables(mssp.variables())));
        } catch (RejectedExecutionException e) {
            guard.logs().warn(log, ch, "{}: MSSP request refused by the game loop: {}", ch, e.getMessage());
        }
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return listener.port();
    }

    public InetSocketAddress boundAddress() {
        return listener.boundAddress();
    }

    /** Clients connected now. */
    public int connectionCount() {
        return listener.connectionCount();
    }

    /**
     * Stops accepting, tells every client the server is going down, closes them (their
     * listeners get {@code onClose}), and stops the I/O threads. Waits up to a few seconds.
     */
    @Override
    public void close() {
        listener.close();
    }
}
