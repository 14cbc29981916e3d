package brass.bench;

import brass.net.NettyTransport;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelOption;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The yardstick for {@code bin/brass load}: a bare Netty server that does nothing a game does. It
 * greets like Brass's login ("Welcome, ...!" then a prompt), so the load tool logs straight in,
 * and answers every line with one line and a prompt ending in IAC EOR. A throughput the load tool
 * reaches against this is what the machine can move at all; Brass's figures are read as a
 * fraction of it (docs/BENCHMARKS.md). Not shipped: benchmarks only.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar brass.bench.EchoServer PORT}
 */
public final class EchoServer {

    private static final byte[] PROMPT = {'>', ' ', (byte) 255, (byte) 239};

    private EchoServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 4100;
        // The transport Brass's listeners use, so the yardstick measures the same sockets.
        NettyTransport transport = NettyTransport.chosen();
        EventLoopGroup group = transport.newGroup(1);
        try {
            Channel server = new ServerBootstrap().group(group).channel(transport.serverChannel())
                    .childOption(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT) // as Brass's listeners
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new LineBasedFrameDecoder(4096), new Echo());
                        }
                    }).bind("127.0.0.1", port).sync().channel();
            System.out.println("echo server on " + server.localAddress() + " (" + transport.label() + ")");
            server.closeFuture().sync();
        } finally {
            group.shutdownGracefully();
        }
    }

    private static final class Echo extends SimpleChannelInboundHandler<ByteBuf> {
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            ByteBuf out = ctx.alloc().buffer();
            out.writeCharSequence("Welcome, Echo!\r\n", StandardCharsets.US_ASCII);
            out.writeBytes(PROMPT);
            ctx.writeAndFlush(out);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf line) {
            ByteBuf out = ctx.alloc().buffer(line.readableBytes() + 16);
            out.writeCharSequence("You said: ", StandardCharsets.US_ASCII);
            out.writeBytes(line);
            out.writeCharSequence("\r\n", StandardCharsets.US_ASCII);
            out.writeBytes(PROMPT);
            ctx.writeAndFlush(out);
        }
    }
}
