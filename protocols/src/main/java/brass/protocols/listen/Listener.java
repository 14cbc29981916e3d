package brass.protocols.listen;

import brass.net.IoThreads;
import brass.protocols.guard.ConnectionGate;
import brass.protocols.guard.Guard;
import brass.protocols.tls.TlsContext;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listening socket on Netty: binds, asks the shared {@link ConnectionGate} about each new
 * connection before the protocol sees it (TLS, when there is any, first of all, so that even a
 * refusal is read inside it), keeps the admitted ones in a group, and on {@link #close()} stops
 * accepting, lets the protocol bid each client goodbye, waits a few seconds for them to go, and
 * stops the I/O threads. The telnet and web servers each own one, with their session handler's
 * {@link Goodbye}.
 */
public final class Listener implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Listener.class);

    /** A protocol's session handler, which can tell its client the server is going down and close it. */
    public interface Goodbye {

        void shutdown(String message, String reason);
    }

    private final String name;
    private final String gateName;
    private final Guard guard;
    private final TlsContext tls;
    private final Consumer<ChannelPipeline> configure;
    private final BiConsumer<ChannelPipeline, String> refuse;
    private final Class<? extends ChannelHandler> session;
    private final String shutdownMessage;
    private final ChannelGroup clients;
    private EventLoopGroup bossGroup;
    private EventLoopGroup workerGroup;
    private Channel serverChannel;

    /**
     * @param name     what the log calls it ("telnet", "web client")
     * @param gateName the protocol's name as the gate counts and logs it ("telnet", "web")
     * @param tls      null for plain connections; otherwise every connection starts with TLS
     * @param configure builds the pipeline of an admitted connection
     * @param refuse   builds the pipeline of a connection the gate refused, which tells the client why
     * @param session  the handler in an admitted connection's pipeline that says goodbye at {@link #close()}
     * @param shutdownMessage what it tells each client then
     */
    public <H extends ChannelHandler & Goodbye> Listener(String name, String gateName, Guard guard, TlsContext tls, Consumer<ChannelPipeline> configure,
                    BiConsumer<ChannelPipeline, String> refuse, Class<H> session,
                    String shutdownMessage) {
        this.name = Objects.requireNonNull(name, "name");
        this.gateName = Objects.requireNonNull(gateName, "gateName");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.tls = tls;
        this.configure = Objects.requireNonNull(configure, "configure");
        this.refuse = Objects.requireNonNull(refuse, "refuse");
        this.session = Objects.requireNonNull(session, "session");
        this.shutdownMessage = Objects.requireNonNull(shutdownMessage, "shutdownMessage");
        this.clients = new DefaultChannelGroup(gateName + "-clients", GlobalEventExecutor.INSTANCE);
    }

    /**
     * Binds and starts accepting; returns when the socket is bound. One thread accepts; {@code io}
     * says how many read and write the connections, and on which transport.
     */
    public synchronized void start(String host, int port, IoThreads io) throws InterruptedException {
        if (serverChannel != null) {
            throw new IllegalStateException("already started");
        }
        bossGroup = io.withCount(1).newGroup();
        workerGroup = io.newGroup();
        ServerBootstrap b = new ServerBootstrap()
                .group(bossGroup, workerGroup)
                .channel(io.transport().serverChannel())
                .childOption(ChannelOption.TCP_NODELAY, true)
                // Netty 4.2's default (adaptive) allocator was a quarter of the I/O threads' time
                // for a crowd's many small batches; the pooled one's per-thread caches are cheap.
                // Figures: docs/BENCHMARKS.md, "Output pacing".
                .childOption(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(64 * 1024, 256 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        admit(ch);
                    }
                });
        try {
            serverChannel = b.bind(host, port).sync().channel();
        } catch (RuntimeException | InterruptedException e) {
            shutdownGroups();
            throw e;
        }
        log.info("{} listening on {} ({} I/O threads, {})", name, serverChannel.localAddress(), io.count(),
                io.transport().label());
    }

    private void admit(SocketChannel ch) {
        if (tls != null) {
            ch.pipeline().addFirst("tls", tls.newHandler(ch.alloc()));
        }
        ConnectionGate.Admission admission = guard.gate().admit(ch.remoteAddress(), gateName);
        if (!admission.admitted()) {
            refuse.accept(ch.pipeline(), admission.refusal());
            return;
        }
        ch.closeFuture().addListener(closed -> admission.release());
        clients.add(ch);
        configure.accept(ch.pipeline());
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return boundAddress().getPort();
    }

    public InetSocketAddress boundAddress() {
        if (serverChannel == null) {
            throw new IllegalStateException("not started");
        }
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /** Connections open now. */
    public int connectionCount() {
        return clients.size();
    }

    /**
     * Stops accepting, bids every client goodbye (their listeners get {@code onClose}), and stops
     * the I/O threads. Waits up to a few seconds.
     */
    @Override
    public synchronized void close() {
        if (serverChannel == null) {
            return;
        }
        serverChannel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        for (Channel ch : clients) {
            if (ch.pipeline().get(session) instanceof Goodbye handler) {
                handler.shutdown(shutdownMessage, "server shutting down");
            } else {
                ch.close();
            }
        }
        if (!clients.newCloseFuture().awaitUninterruptibly(3, TimeUnit.SECONDS)) {
            clients.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
        }
        shutdownGroups();
        serverChannel = null;
        log.info("{} stopped listening", name);
    }

    private void shutdownGroups() {
        if (bossGroup != null) {
            bossGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
        }
        if (workerGroup != null) {
            workerGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
        }
    }
}
