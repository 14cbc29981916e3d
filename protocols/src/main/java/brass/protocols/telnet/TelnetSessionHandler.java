package brass.protocols.telnet;

import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.guard.ClientAddress;
import brass.protocols.guard.LogLimiter;
import brass.protocols.session.ClientCapabilities;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionListener;
import brass.protocols.session.GameConnection;
import brass.protocols.session.IoHandoff;
import brass.protocols.session.Output;
import brass.protocols.session.Transport;
import brass.protocols.session.ConnectionLimits;
import brass.engine.reactor.Reactor;
import brass.protocols.telnet.option.PromptMark;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.timeout.IdleStateEvent;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a telnet pipeline: the {@link Transport} of one {@link GameConnection}.
 * Lines, capabilities and GMCP go to the game loop through the connection; each turn's output
 * batch comes back as one task on this channel's event loop, written and flushed once.
 *
 * <p>It writes messages, not telnet: a batch's text, shared lines and prompts (each prompt followed
 * by a {@link PromptMark}) as one {@link TextRun}, an {@link Output.EchoOff}, a {@link GmcpMessage}.
 * The {@link TelnetOptionHandler} before it turns each into what the client negotiated (one buffer
 * in its charset with IAC EOR or GA after each prompt, WILL ECHO, a GMCP subnegotiation).
 */
public final class TelnetSessionHandler extends ChannelInboundHandlerAdapter implements Transport,
        brass.protocols.listen.Listener.Goodbye {

    private static final Logger log = LoggerFactory.getLogger(TelnetSessionHandler.class);

    private final Reactor reactor;
    private final ConnectionLimits limits;
    private final LogLimiter logs;
    private final Function<? super Connection, ? extends ConnectionListener> factory;
    private ChannelHandlerContext ctx;
    private Channel channel;
    private GameConnection connection;
    private volatile String closeReason;
    private boolean droppingInput;
    /** The game loop's recently shared lines; touched only on the loop (deliver). */
    private SharedText.Recent recent;
    private boolean errorLogged;

    /** @param logs the server's log budget: what this client makes the server log counts against it */
    public TelnetSessionHandler(Reactor reactor, ConnectionLimits limits, LogLimiter logs,
                                Function<? super Connection, ? extends ConnectionListener> factory) {
        this.reactor = reactor;
        this.limits = limits;
        this.logs = logs;
        this.factory = factory;
    }

    /** The game-side connection; null before the channel is active. */
    public GameConnection connection() {
        return connection;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.channel = ctx.channel();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        connection = new GameConnection(reactor, this, limits, logs);
        logs.info(log, address(), "telnet connection {} from {}", connection.id(), channel.remoteAddress());
        connection.start(factory);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (connection == null) {
            io.netty.util.ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof String line) {
            if (connection.lineReceived(line)) {
                droppingInput = false;
            } else if (!droppingInput) {
                droppingInput = true;
                logs.info(log, channel, "connection {}: input flood, dropping lines", connection.id());
                writeNotice("[Too many commands are waiting; some were ignored.]");
            }
        } else if (msg instanceof ClientCapabilities caps) {
            connection.capabilitiesReceived(caps);
        } else if (msg instanceof GmcpMessage gmcp) {
            connection.gmcpReceived(gmcp.gmcpPackage(), gmcp.json());
        } else if (msg instanceof InputNotice notice) {
            writeNotice("[" + notice.message() + "]");
        } else {
            io.netty.util.ReferenceCountUtil.release(msg);
        }
    }

    private void writeNotice(String text) {
        ctx.writeAndFlush(text + "\r\n");
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent && connection != null) {
            connection.idle();
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        String reason = closeReason != null ? closeReason : "connection closed by the client";
        if (connection != null) {
            logs.info(log, address(), "telnet connection {} closed: {}", connection.id(), reason);
            connection.transportClosed(reason);
        }
        // What this connection held back is summarised now, not at the end of the minute.
        logs.forget(channel);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Once the socket broke, every write still queued fails the same way ("Broken pipe"):
        // the first error is the news, the rest are its echoes.
        if (!errorLogged) {
            errorLogged = true;
            logs.warn(log, address(), "{}: closing after an error: {}", channel, cause.toString());
        }
        log.debug("stack trace", cause);
        if (closeReason == null) {
            closeReason = "network error: " + cause.getMessage();
        }
        ctx.close();
    }

    // ---- Transport ----

    /**
     * Finds, on the game loop, the shared line of each shared text (the same for every
     * connection), so that its bytes are made once, then hands the batch to the I/O thread.
     */
    @Override
    public void deliver(List<Output> batch) {
        SharedText[] shared = null;
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i) instanceof Output.Text t && t.shared()) {
                if (shared == null) {
                    shared = new SharedText[batch.size()];
                }
                if (recent == null) {
                    recent = SharedText.recentOnThisThread(); // the loop's, kept: see recentOnThisThread
                }
                shared[i] = recent.of(t.text());
            }
        }
        SharedText[] lines = shared;
        // Refused while the I/O threads stop (server shutdown): the output goes nowhere.
        onIoThread(() -> writeBatch(batch, lines), () -> connection.outputWritten(weightOf(batch)));
    }

    /**
     * Writes a batch as few writes as it can: its text, shared lines and prompts as one {@link
     * TextRun} (one buffer), broken only by what is not text (GMCP, echo), then flushes once.
     */
    private void writeBatch(List<Output> batch, SharedText[] shared) {
        long weight = 0;
        if (!channel.isActive()) {
            connection.outputWritten(weightOf(batch));
            return;
        }
        List<Object> run = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Output o = batch.get(i);
            weight += o.weight();
            if (shared != null && shared[i] != null) {
                run.add(shared[i]);
            } else if (o instanceof Output.Text t) {
                run.add(t.text());
            } else if (o instanceof Output.Prompt p) {
                run.add(p.text());
                run.add(PROMPT_MARK);
            } else {
                writeRun(run);
                ctx.write(o instanceof Output.Gmcp g ? g.message() : o, ctx.voidPromise());
            }
        }
        writeRun(run);
        long total = weight;
        ChannelPromise done = ctx.newPromise();
        done.addListener(f -> connection.outputWritten(total));
        ctx.write(Unpooled.EMPTY_BUFFER, done);
        ctx.flush();
    }

    /** Writes the text gathered so far, if any. */
    private void writeRun(List<Object> run) {
        if (!run.isEmpty()) {
            ctx.write(new TextRun(run), ctx.voidPromise());
            run.clear();
        }
    }

    private static final PromptMark PROMPT_MARK = new PromptMark();

    private static long weightOf(List<Output> batch) {
        long weight = 0;
        for (Output o : batch) {
            weight += o.weight();
        }
        return weight;
    }


    /**
     * Writes one frame at once and flushes it; the future completes (on this channel's event
     * loop) when Netty has written the bytes to the socket, which is what paces a draw loop to
     * the client's real speed.
     */
    @Override
    public CompletionStage<Void> writeFrame(String ansi) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        int weight = ansi.length();
        onIoThread(() -> {
            if (!channel.isActive()) {
                connection.outputWritten(weight);
                done.complete(null);
                return;
            }
            ChannelPromise written = ctx.newPromise();
            written.addListener(f -> {
                connection.outputWritten(weight);
                if (f.isSuccess()) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(f.cause());
                }
            });
            ctx.writeAndFlush(ansi, written);
        }, () -> {
            connection.outputWritten(weight);
            done.complete(null);
        });
        return done;
    }

    @Override
    public void close(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        // Queued behind any batch already handed to the event loop, so that output goes first.
        onIoThread(() -> ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE), NOTHING);
    }

    @Override
    public void abort(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        // Close from the socket end of the pipeline: an MCCP2 compressor would otherwise try to
        // write its stream trailer first, which a client that does not read never takes.
        onIoThread(() -> {
            ChannelHandlerContext first = channel.pipeline().firstContext();
            if (first != null) {
                first.close();
            } else {
                channel.close();
            }
        }, NOTHING);
    }

    /** Tells the client {@code message} and closes; for server shutdown. Any thread. */
    public void shutdown(String message, String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        onIoThread(() -> ctx.writeAndFlush(message + "\r\n").addListener(ChannelFutureListener.CLOSE), NOTHING);
    }

    private static final Runnable NOTHING = () -> {
    };

    /** Runs {@code work} on this channel's I/O thread, after what was handed to it before (see IoHandoff). */
    private void onIoThread(Runnable work, Runnable ifRefused) {
        IoHandoff.execute(reactor, channel.eventLoop(), work, ifRefused);
    }

    private ClientAddress address() {
        return ClientAddress.of(channel.remoteAddress());
    }

    @Override
    public SocketAddress remoteAddress() {
        return channel.remoteAddress();
    }

    @Override
    public String protocol() {
        return "telnet";
    }
}
