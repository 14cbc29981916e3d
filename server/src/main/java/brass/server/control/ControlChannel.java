package brass.server.control;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's end of the control channel: opened at start, closed at stop, taking its files
 * ({@link ControlFiles}) with it. Requests are read on its own small Netty event loop; the
 * operations decide where their work runs (the worker pool for the database, the game loop for
 * what is in memory).
 */
public final class ControlChannel implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ControlChannel.class);

    private final ControlFiles files;
    private final EventLoopGroup group;
    private final Channel channel;
    private final String where;

    private ControlChannel(ControlFiles files, EventLoopGroup group, Channel channel, String where) {
        this.files = files;
        this.group = group;
        this.channel = channel;
        this.where = where;
    }

    /**
     * Opens the channel of the server whose data folder is {@code dataDir}: a fresh secret, then
     * the Unix socket (or, where that cannot be made, a loopback TCP port).
     *
     * @throws IOException when the files cannot be written, nothing can be bound, or another
     *     server already answers on this data folder's channel
     */
    public static ControlChannel open(Path dataDir, List<Operation> operations) throws IOException {
        ControlFiles files = ControlFiles.in(dataDir);
        OwnerOnly.folder(files.folder());
        if (ControlClient.answers(files)) {
            throw new IOException("another Brass server answers on " + files.folder() + "; is one running on the same"
                    + " data folder?");
        }
        // What a server that did not stop cleanly (kill -9) left behind.
        Files.deleteIfExists(files.socket());
        Files.deleteIfExists(files.port());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        OwnerOnly.writeFile(files.secret(), secret + "\n");

        Map<String, Operation> byName = new LinkedHashMap<>();
        operations.forEach(op -> byName.put(op.name(), op));
        AtomicInteger connections = new AtomicInteger();
        byte[] expected = secret.getBytes(StandardCharsets.UTF_8);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        ChannelInitializer<Channel> perConnection = new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                ch.pipeline().addLast(new LineBasedFrameDecoder(ControlRequest.MAX_BYTES, true, true),
                        new ControlHandler(expected, byName, connections));
            }
        };
        try {
            Channel unix;
            try {
                unix = bind(group, NioServerDomainSocketChannel.class, UnixDomainSocketAddress.of(files.socket()),
                        perConnection);
            } catch (Exception unixFailed) {
                // No Unix sockets here, or a data folder whose path is too long for one.
                log.info("control channel: no Unix socket at {} ({}); using a loopback TCP port instead",
                        files.socket(), unixFailed.getMessage());
                Channel tcp = bind(group, NioServerSocketChannel.class,
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), perConnection);
                int port = ((InetSocketAddress) tcp.localAddress()).getPort();
                OwnerOnly.writeFile(files.port(), port + "\n");
                return new ControlChannel(files, group, tcp, "loopback port " + port);
            }
            OwnerOnly.restrict(files.socket());
            return new ControlChannel(files, group, unix, files.socket().toString());
        } catch (IOException | RuntimeException e) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            Files.deleteIfExists(files.secret());
            throw e;
        }
    }

    private static Channel bind(EventLoopGroup group, Class<? extends ServerChannel> type, SocketAddress address,
                                ChannelInitializer<Channel> perConnection) throws IOException {
        try {
            return new ServerBootstrap().group(group).channel(type).childHandler(perConnection)
                    .bind(address).sync().channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the control channel", e);
        } catch (Exception e) {
            // Netty rethrows the bind's own exception; give it one type.
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** Where it listens, for the log: the socket's path, or the loopback port. */
    public String where() {
        return where;
    }

    /** Stops listening and removes the socket, the port file and the secret. */
    @Override
    public void close() {
        channel.close().awaitUninterruptibly(3, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
        for (Path p : List.of(files.socket(), files.port(), files.secret())) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                log.warn("could not remove {}: {}", p, e.getMessage());
            }
        }
    }
}
