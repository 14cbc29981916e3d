package brass.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.WriteBufferWaterMark;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NettyTransportTest {

    /** The machines Brass ships the native library for: there epoll must load. */
    private static boolean linuxX86() {
        return System.getProperty("os.name").equals("Linux")
                && (System.getProperty("os.arch").equals("amd64") || System.getProperty("os.arch").equals("x86_64"));
    }

    @Test
    void epollLoadsOnLinuxX86AndIsChosenByDefault() {
        assumeTrue(linuxX86(), "epoll's native library ships for Linux on x86-64 only");
        assertThat(NettyTransport.epollMissing()).isNull();
        assertThat(NettyTransport.choose(null, NettyTransport.epollMissing()))
                .isEqualTo(new NettyTransport.Choice(NettyTransport.EPOLL,
                        "network I/O on epoll (Linux's native transport)"));
    }

    @Test
    void autoOrUnsetTakesEpollWhereItLoads() {
        NettyTransport.Choice epoll = new NettyTransport.Choice(NettyTransport.EPOLL,
                "network I/O on epoll (Linux's native transport)");
        assertThat(NettyTransport.choose(null, null)).isEqualTo(epoll);
        assertThat(NettyTransport.choose("", null)).isEqualTo(epoll);
        assertThat(NettyTransport.choose("auto", null)).isEqualTo(epoll);
        assertThat(NettyTransport.choose(" AUTO ", null)).isEqualTo(epoll);
    }

    @Test
    void nioForcedEvenWhereEpollLoads() {
        NettyTransport.Choice nio = new NettyTransport.Choice(NettyTransport.NIO,
                "network I/O on NIO, as BRASS_TRANSPORT=nio asks");
        assertThat(NettyTransport.choose("nio", null)).isEqualTo(nio);
        assertThat(NettyTransport.choose("NIO", null)).isEqualTo(nio);
    }

    @Test
    void fallsBackToNioSayingWhyEpollIsMissing() {
        assertThat(NettyTransport.choose(null, new UnsatisfiedLinkError("no netty_transport_native_epoll_aarch_64")))
                .isEqualTo(new NettyTransport.Choice(NettyTransport.NIO, "network I/O on NIO: epoll is not available"
                        + " here (UnsatisfiedLinkError: no netty_transport_native_epoll_aarch_64)"));
        assertThat(NettyTransport.choose("auto", new UnsupportedOperationException()))
                .isEqualTo(new NettyTransport.Choice(NettyTransport.NIO, "network I/O on NIO: epoll is not available"
                        + " here (java.lang.UnsupportedOperationException)"));
    }

    @Test
    void anyOtherValueIsRefused() {
        assertThatThrownBy(() -> NettyTransport.choose("epol", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("BRASS_TRANSPORT must be auto or nio, not 'epol'");
    }

    @Test
    void theProcessChoiceIsMadeOnce() {
        assertThat(NettyTransport.chosen()).isSameAs(NettyTransport.chosen());
        assertThat(IoThreads.defaults()).isEqualTo(new IoThreads(NettyTransport.chosen(),
                Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void ioThreadsAreOneOrMore() {
        assertThatThrownBy(() -> new IoThreads(NettyTransport.NIO, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("I/O threads must be 1 or more, not 0");
        assertThat(new IoThreads(NettyTransport.NIO, 3).withCount(1).withTransport(NettyTransport.EPOLL))
                .isEqualTo(new IoThreads(NettyTransport.EPOLL, 1));
    }

    /** A real socket on each transport, with the options Brass's listeners and load tool set. */
    @ParameterizedTest
    @EnumSource(NettyTransport.class)
    void eachTransportCarriesALineBothWays(NettyTransport transport) throws Exception {
        assumeTrue(transport != NettyTransport.EPOLL || NettyTransport.epollMissing() == null,
                "epoll is not available here");
        EventLoopGroup group = new IoThreads(transport, 2).newGroup();
        try {
            Channel server = new ServerBootstrap().group(group).channel(transport.serverChannel())
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(64 * 1024, 256 * 1024))
                    .childHandler(new ChannelInboundHandlerAdapter() {
                        @Override
                        public void channelRead(ChannelHandlerContext ctx, Object msg) {
                            ctx.writeAndFlush(msg);
                        }
                    })
                    .bind("127.0.0.1", 0).sync().channel();
            assertThat(server.getClass()).isEqualTo(transport.serverChannel());
            CompletableFuture<String> echoed = new CompletableFuture<>();
            StringBuilder got = new StringBuilder();
            Channel client = new Bootstrap().group(group).channel(transport.clientChannel())
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.ALLOCATOR, PooledByteBufAllocator.DEFAULT)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 20_000)
                    .handler(new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel ch) {
                            ch.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                                @Override
                                public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                    ByteBuf in = (ByteBuf) msg;
                                    got.append(in.toString(StandardCharsets.US_ASCII));
                                    in.release();
                                    if (got.indexOf("\r\n") >= 0) {
                                        echoed.complete(got.toString());
                                    }
                                }
                            });
                        }
                    })
                    .connect(server.localAddress()).sync().channel();
            assertThat(client.getClass()).isEqualTo(transport.clientChannel());
            assertThat(client.config().getOption(ChannelOption.TCP_NODELAY)).isTrue();
            client.writeAndFlush(Unpooled.copiedBuffer("look\r\n", StandardCharsets.US_ASCII)).sync();
            assertThat(echoed.get(30, TimeUnit.SECONDS)).isEqualTo("look\r\n");
            assertThat(((InetSocketAddress) client.remoteAddress()).getPort())
                    .isEqualTo(((InetSocketAddress) server.localAddress()).getPort());
            client.close().sync();
            server.close().sync();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
        }
    }
}
