package brass.net;

import io.netty.channel.EventLoopGroup;
import java.util.Objects;

/**
 * How many I/O threads a listener runs, and on which transport. One a processor by default, not
 * Netty's two: the game loop needs a processor too, and on two cores four I/O threads cost the
 * server more CPU at the same load than two did.
 *
 * @param transport epoll or NIO, which its sockets must match
 * @param count     the I/O threads that read and write its connections; 1 or more
 */
public record IoThreads(NettyTransport transport, int count) {

    public IoThreads {
        Objects.requireNonNull(transport, "transport");
        if (count < 1) {
            throw new IllegalArgumentException("I/O threads must be 1 or more, not " + count);
        }
    }

    /** The process's transport ({@link NettyTransport#chosen()}), a thread a processor. */
    public static IoThreads defaults() {
        return new IoThreads(NettyTransport.chosen(), defaultCount());
    }

    /** One a processor the JVM may use. */
    public static int defaultCount() {
        return Runtime.getRuntime().availableProcessors();
    }

    public IoThreads withCount(int newCount) {
        return new IoThreads(transport, newCount);
    }

    public IoThreads withTransport(NettyTransport newTransport) {
        return new IoThreads(newTransport, count);
    }

    /** A new group of {@link #count()} threads of the transport. */
    public EventLoopGroup newGroup() {
        return transport.newGroup(count);
    }
}
