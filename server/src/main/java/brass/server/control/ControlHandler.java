package brass.server.control;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One control connection: reads one request line (behind a {@code LineBasedFrameDecoder}),
 * checks the secret, runs the operation and answers once, then closes. Every refusal is answered
 * and logged, and none of them can disturb the server: a client that sends nothing is answered
 * after {@link #REQUEST_TIMEOUT}, a wrong secret after {@link #REFUSAL_DELAY} (so guessing is slow
 * and the log cannot be flooded), and at most {@link #MAX_CONNECTIONS} connections are served at
 * once.
 */
final class ControlHandler extends SimpleChannelInboundHandler<ByteBuf> {

    private static final Logger log = LoggerFactory.getLogger(ControlChannel.class);

    /** How long a client has to send its whole request. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    /** How long a wrong secret waits for its refusal. */
    static final Duration REFUSAL_DELAY = Duration.ofSeconds(1);

    /** How many control connections are served at once; more are refused. */
    static final int MAX_CONNECTIONS = 8;

    private final byte[] secret;
    private final Map<String, Operation> operations;
    private final AtomicInteger open;
    private ScheduledFuture<?> deadline;
    private boolean counted;
    private boolean answered;

    ControlHandler(byte[] secret, Map<String, Operation> operations, AtomicInteger open) {
        this.secret = secret;
        this.operations = operations;
        this.open = open;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        counted = true;
        if (open.incrementAndGet() > MAX_CONNECTIONS) {
            refuse(ctx, "too many control connections at once (" + MAX_CONNECTIONS + ")");
            return;
        }
        deadline = ctx.executor().schedule(() -> refuse(ctx, "no request within " + REQUEST_TIMEOUT.toSeconds() + " s"),
                REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (deadline != null) {
            deadline.cancel(false);
        }
        if (counted) {
            counted = false;
            open.decrementAndGet();
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
        if (answered) {
            return;
        }
        answered = true;
        deadline.cancel(false);
        // One request per connection: what follows it is not read.
        ctx.channel().config().setAutoRead(false);
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(frame.nioBuffer()).toString();
        } catch (CharacterCodingException e) {
            refuse(ctx, "malformed request: not UTF-8");
            return;
        }
        ControlRequest request;
        try {
            request = ControlRequest.parse(line);
        } catch (IllegalArgumentException e) {
            refuse(ctx, e.getMessage());
            return;
        }
        if (!MessageDigest.isEqual(secret, request.secret().getBytes(StandardCharsets.UTF_8))) {
            ctx.executor().schedule(() -> refuse(ctx, "wrong secret"), REFUSAL_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        Operation op = operations.get(request.operation());
        if (op == null) {
            refuse(ctx, "unknown operation '" + request.operation() + "'; the operations are "
                    + String.join(", ", new java.util.TreeSet<>(operations.keySet())));
            return;
        }
        if (request.arguments().size() != op.parameters().size()) {
            refuse(ctx, "malformed request: expected " + op.usage());
            return;
        }
        CompletableFuture<ControlReply> result;
        try {
            result = op.action().apply(request.arguments());
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        result.whenComplete((reply, error) -> {
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                log.error("control channel: {} failed", op.name(), cause);
                reply = ControlReply.error(op.name() + " failed: " + cause.getMessage());
            }
            answer(ctx, reply);
        });
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException && !answered) {
            answered = true;
            if (deadline != null) {
                deadline.cancel(false);
            }
            ctx.channel().config().setAutoRead(false);
            refuse(ctx, "the request is longer than " + ControlRequest.MAX_BYTES + " bytes");
            return;
        }
        log.debug("control channel: connection failed: {}", cause.toString());
        ctx.close();
    }

    private void refuse(ChannelHandlerContext ctx, String why) {
        answered = true;
        log.warn("control channel: refused a request: {}", why);
        answer(ctx, ControlReply.refused(why));
    }

    private static void answer(ChannelHandlerContext ctx, ControlReply reply) {
        ByteBuf bytes = Unpooled.wrappedBuffer(StandardCharsets.UTF_8.encode(reply.encode()));
        ctx.writeAndFlush(bytes).addListener(ChannelFutureListener.CLOSE);
    }
}
