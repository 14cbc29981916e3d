package brass.protocols.web;

import brass.engine.reactor.Reactor;
import brass.protocols.guard.ClientAddress;
import brass.protocols.guard.LogLimiter;
import brass.protocols.render.ColourLevel;
import brass.protocols.session.ClientCapabilities;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionLimits;
import brass.protocols.session.ConnectionListener;
import brass.protocols.session.GameConnection;
import brass.protocols.session.Output;
import brass.protocols.session.PlayerInput;
import brass.protocols.session.Transport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last handler of a web client's pipeline: once the WebSocket handshake is done, the
 * {@link Transport} of one {@link GameConnection}, as telnet's session handler is. The page's
 * lines and sizes go to the game loop through the connection; each turn's output comes back as
 * one task on this channel's event loop, written as {@link WebMessages} and flushed once.
 *
 * <p>A connection that has not become a WebSocket within the handshake time is closed, so a
 * client that opens a socket and says nothing holds no place for long.
 */
public final class WebSessionHandler extends ChannelInboundHandlerAdapter implements Transport,
        brass.protocols.listen.Listener.Goodbye {

    private static final Logger log = LoggerFactory.getLogger(WebSessionHandler.class);

    /** What the page's terminal is: xterm.js, which draws 24-bit colour and moves its cursor. */
    static final ClientCapabilities BROWSER = new ClientCapabilities(ClientCapabilities.DEFAULT_WIDTH,
            ClientCapabilities.DEFAULT_HEIGHT, "XTERM-256COLOR", "BRASS-WEB", ColourLevel.TRUECOLOR, true, 0, false,
            Set.of(), false, false, false, false, false, false);

    private final Reactor reactor;
    private final ConnectionLimits limits;
    private final LogLimiter logs;
    private final Duration handshakeTimeout;
    private final Function<? super Connection, ? extends ConnectionListener> factory;
    private ChannelHandlerContext ctx;
    private Channel channel;
    private GameConnection connection;
    private ClientCapabilities capabilities = BROWSER;
    private ScheduledFuture<?> handshakeTimer;
    private volatile String closeReason;
    private boolean droppingInput;
    private boolean errorLogged;

    public WebSessionHandler(Reactor reactor, ConnectionLimits limits, LogLimiter logs, Duration handshakeTimeout,
                             Function<? super Connection, ? extends ConnectionListener> factory) {
        this.reactor = reactor;
        this.limits = limits;
        this.logs = logs;
        this.handshakeTimeout = handshakeTimeout;
        this.factory = factory;
    }

    /** The game-side connection; null before the handshake. */
    public GameConnection connection() {
        return connection;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.channel = ctx.channel();
        handshakeTimer = ctx.executor().schedule(() -> {
            if (connection == null) {
                ctx.close();
            }
        }, handshakeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete && connection == null) {
            handshakeTimer.cancel(false);
            connection = new GameConnection(reactor, this, limits, logs);
            logs.info(log, address(), "web connection {} from {}", connection.id(), channel.remoteAddress());
            // What the terminal is, before the game starts: the greeting is already in its colours.
            connection.capabilitiesReceived(capabilities);
            connection.start(factory);
        } else if (evt instanceof IdleStateEvent) {
            if (connection != null) {
                connection.idle();
            } else {
                ctx.close();
            }
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (connection == null) {
                return;
            }
            if (!(msg instanceof TextWebSocketFrame text)) {
                if (msg instanceof WebSocketFrame) {
                    refuse(WebSocketCloseStatus.INVALID_MESSAGE_TYPE, "text frames only");
                }
                return;
            }
            WebMessages.Incoming in;
            try {
                in = WebMessages.read(text.text());
            } catch (WebMessages.BadMessage e) {
                logs.info(log, channel, "web connection {}: not a message of the page ({}); closing it", connection.id(),
                        e.getMessage());
                refuse(WebSocketCloseStatus.INVALID_PAYLOAD_DATA, "not a message of the Brass page");
                return;
            }
            if (in instanceof WebMessages.Line line) {
                lineReceived(line.text());
            } else if (in instanceof WebMessages.Size size) {
                capabilities = capabilities.withSize(size.columns(), size.rows());
                connection.capabilitiesReceived(capabilities);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void lineReceived(String raw) {
        if (raw.length() > PlayerInput.MAX_LINE) {
            writeNotice(PlayerInput.tooLong(PlayerInput.MAX_LINE, "characters"));
            return;
        }
        if (connection.lineReceived(PlayerInput.clean(raw))) {
            droppingInput = false;
        } else if (!droppingInput) {
            droppingInput = true;
            logs.info(log, channel, "connection {}: input flood, dropping lines", connection.id());
            writeNotice("[Too many commands are waiting; some were ignored.]");
        }
    }

    private void writeNotice(String text) {
        ctx.writeAndFlush(new TextWebSocketFrame(WebMessages.text(text + "\r\n")));
    }

    /** Closes with a WebSocket status the page can read, for input that is not the page's. */
    private void refuse(WebSocketCloseStatus status, String why) {
        if (closeReason == null) {
            closeReason = "refused: " + why;
        }
        ctx.writeAndFlush(new CloseWebSocketFrame(status.code(), why)).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        handshakeTimer.cancel(false);
        String reason = closeReason != null ? closeReason : "connection closed by the client";
        if (connection != null) {
            logs.info(log, address(), "web connection {} closed: {}", connection.id(), reason);
            connection.transportClosed(reason);
        }
        logs.forget(channel);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
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

    @Override
    public void deliver(List<Output> batch) {
        channel.eventLoop().execute(() -> writeBatch(batch));
    }

    private void writeBatch(List<Output> batch) {
        long weight = 0;
        for (Output o : batch) {
            weight += o.weight();
        }
        if (!channel.isActive()) {
            connection.outputWritten(weight);
            return;
        }
        List<String> frames = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Output o : batch) {
            if (o instanceof Output.Text t) {
                text.append(t.text());
            } else if (o instanceof Output.Prompt p) {
                text.append(p.text());
            } else if (o instanceof Output.EchoOff off) {
                textFrame(text, frames);
                frames.add(WebMessages.echo(!off.off()));
            }
            // GMCP is for MUD clients; the page has no use for it.
        }
        textFrame(text, frames);
        long total = weight;
        if (frames.isEmpty()) {
            connection.outputWritten(total);
            return;
        }
        for (int i = 0; i < frames.size() - 1; i++) {
            ctx.write(new TextWebSocketFrame(frames.get(i)), ctx.voidPromise());
        }
        ChannelPromise done = ctx.newPromise();
        done.addListener(f -> connection.outputWritten(total));
        ctx.writeAndFlush(new TextWebSocketFrame(frames.get(frames.size() - 1)), done);
    }

    private static void textFrame(StringBuilder text, List<String> frames) {
        if (!text.isEmpty()) {
            frames.add(WebMessages.text(text.toString()));
            text.setLength(0);
        }
    }

    /** One frame, written and flushed at once; the future completes when it has left the process. */
    @Override
    public CompletionStage<Void> writeFrame(String ansi) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        int weight = ansi.length();
        channel.eventLoop().execute(() -> {
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
            ctx.writeAndFlush(new TextWebSocketFrame(WebMessages.text(ansi)), written);
        });
        return done;
    }

    /** xterm.js moves its cursor and has an alternate screen: it can always show the terrarium. */
    @Override
    public boolean canDrawFullScreen(ClientCapabilities caps) {
        return true;
    }

    /** While full-screen the page sends each key as it is pressed, as a line of its own. */
    @Override
    public boolean sendsKeys() {
        return true;
    }

    @Override
    public void fullScreen(boolean on) {
        channel.eventLoop().execute(() -> {
            if (channel.isActive()) {
                ctx.writeAndFlush(new TextWebSocketFrame(WebMessages.screen(on)), ctx.voidPromise());
            }
        });
    }

    /**
     * Closes after what was delivered, with the normal status: the page then waits for the
     * player to connect again rather than reconnecting by itself (they quit, or were sent away).
     */
    @Override
    public void close(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        channel.eventLoop().execute(() -> ctx.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE))
                .addListener(ChannelFutureListener.CLOSE));
    }

    @Override
    public void abort(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        channel.eventLoop().execute(() -> channel.close());
    }

    /**
     * Tells the player {@code message} and closes as a server going away does: the page
     * reconnects by itself, so a restart finds its players again. Any thread.
     */
    public void shutdown(String message, String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        channel.eventLoop().execute(() -> {
            if (connection == null) {
                channel.close();
                return;
            }
            ctx.write(new TextWebSocketFrame(WebMessages.text(message + "\r\n")), ctx.voidPromise());
            ctx.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE))
                    .addListener(ChannelFutureListener.CLOSE);
        });
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
        return "web";
    }
}
