package brass.net;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Netty transport: its I/O threads and its socket classes, which must match. Linux's epoll
 * makes fewer system calls and copies than NIO's selector; NIO runs everywhere. {@link #chosen()}
 * is the one every socket uses: epoll where its native library loads, unless the environment
 * variable {@code BRASS_TRANSPORT} is {@code nio} (for an operator whose native library
 * misbehaves). The choice is made, and logged, once per process.
 */
public enum NettyTransport {

    // The socket classes are named, not loaded into use: an enum constant naming epoll's classes
    // runs nothing native until its factory is asked for.
    EPOLL("epoll", EpollIoHandler::newFactory, EpollServerSocketChannel.class, EpollSocketChannel.class),

    NIO("NIO", NioIoHandler::newFactory, NioServerSocketChannel.class, NioSocketChannel.class);

    /** The environment variable that forces NIO. */
    public static final String VARIABLE = "BRASS_TRANSPORT";

    private static final Logger log = LoggerFactory.getLogger(NettyTransport.class);

    /** The one of this process, once chosen; a wrong {@code BRASS_TRANSPORT} leaves it unchosen, refused each time. */
    private static NettyTransport chosen;

    private final String label;
    private final Supplier<IoHandlerFactory> ioHandlers;
    private final Class<? extends ServerSocketChannel> serverChannel;
    private final Class<? extends SocketChannel> clientChannel;

    NettyTransport(String label, Supplier<IoHandlerFactory> ioHandlers, Class<? extends ServerSocketChannel> serverChannel,
            Class<? extends SocketChannel> clientChannel) {
        this.label = label;
        this.ioHandlers = ioHandlers;
        this.serverChannel = serverChannel;
        this.clientChannel = clientChannel;
    }

    /** Makes the I/O threads' work of this transport; a group's threads each get one. */
    public IoHandlerFactory ioHandlerFactory() {
        return ioHandlers.get();
    }

    /** The listening socket's class, for {@code ServerBootstrap.channel}. */
    public Class<? extends ServerSocketChannel> serverChannel() {
        return serverChannel;
    }

    /** A client socket's class, for {@code Bootstrap.channel}. */
    public Class<? extends SocketChannel> clientChannel() {
        return clientChannel;
    }

    /** {@code threads} I/O threads of this transport. */
    public EventLoopGroup newGroup(int threads) {
        return new MultiThreadIoEventLoopGroup(threads, ioHandlerFactory());
    }

    /** How the log names it. */
    public String label() {
        return label;
    }

    /**
     * The transport of this process: chosen from {@code BRASS_TRANSPORT} and whether epoll's
     * native library loads, and logged, at the first call.
     *
     * @throws IllegalStateException when {@code BRASS_TRANSPORT} holds something other than
     *                               {@code auto} or {@code nio}
     */
    public static synchronized NettyTransport chosen() {
        if (chosen == null) {
            Choice choice = choose(System.getenv(VARIABLE), epollMissing());
            log.info(choice.why());
            chosen = choice.transport();
        }
        return chosen;
    }

    /**
     * Refuses a wrong {@code BRASS_TRANSPORT} before anything starts, without choosing (nor
     * logging) yet.
     *
     * @throws IllegalStateException saying what it must be
     */
    public static void checkVariable() {
        choose(System.getenv(VARIABLE), null);
    }

    /** What was chosen and why, in one line for the log. */
    public record Choice(NettyTransport transport, String why) {
    }

    /**
     * The choice for a value of {@code BRASS_TRANSPORT} (null when unset) on a machine where epoll
     * is available, or is not for {@code epollMissing}'s reason (null when it is available).
     */
    public static Choice choose(String setting, Throwable epollMissing) {
        String value = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "nio":
                return new Choice(NIO, "network I/O on NIO, as " + VARIABLE + "=nio asks");
            case "", "auto":
                if (epollMissing == null) {
                    return new Choice(EPOLL, "network I/O on epoll (Linux's native transport)");
                }
                return new Choice(NIO, "network I/O on NIO: epoll is not available here (" + describe(epollMissing) + ")");
            default:
                throw new IllegalStateException(VARIABLE + " must be auto or nio, not '" + setting + "'");
        }
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.toString() : cause.getClass().getSimpleName() + ": " + message;
    }

    /** Epoll's reason for being unavailable here, or null when it is available. */
    static Throwable epollMissing() {
        try {
            return Epoll.isAvailable() ? null : Epoll.unavailabilityCause();
        } catch (LinkageError e) {
            // Its classes themselves did not load (a jar left out of a class path).
            return e;
        }
    }

}
