package brass.protocols.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The HTTP side of the web client: answers GET of the page and its assets and nothing else
 * (any other method 405, any other path 404, a request Netty could not decode 400), each
 * response closing its connection. A request for the WebSocket path passes on to the handshake
 * only when its {@code Origin} is the page's own ({@code http://} or {@code https://} and the
 * request's {@code Host}): another site's page cannot open a player's session (403).
 */
public final class WebPageHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    /** The WebSocket's path. */
    public static final String SOCKET_PATH = "/ws";

    /** Who may load what, and from where: only this server, no framing by other sites. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; connect-src 'self';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none';"
            + " form-action 'none'";

    private final WebAssets assets;

    public WebPageHandler(WebAssets assets) {
        this.assets = assets;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (!request.decoderResult().isSuccess()) {
            answer(ctx, HttpResponseStatus.BAD_REQUEST, "That request could not be read.");
            return;
        }
        String path = new QueryStringDecoder(request.uri()).path();
        if (path.equals(SOCKET_PATH) && request.method().equals(HttpMethod.GET)) {
            if (!sameOrigin(request)) {
                answer(ctx, HttpResponseStatus.FORBIDDEN, "The game's connection opens only from its own page.");
                return;
            }
            ctx.fireChannelRead(request.retain());
            return;
        }
        if (!request.method().equals(HttpMethod.GET)) {
            FullHttpResponse r = response(HttpResponseStatus.METHOD_NOT_ALLOWED, "Only GET is served here.");
            r.headers().set(HttpHeaderNames.ALLOW, "GET");
            send(ctx, r);
            return;
        }
        assets.at(path).ifPresentOrElse(asset -> {
            FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                    Unpooled.wrappedBuffer(asset.bytes()));
            r.headers().set(HttpHeaderNames.CONTENT_TYPE, asset.contentType());
            r.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-cache");
            send(ctx, r);
        }, () -> answer(ctx, HttpResponseStatus.NOT_FOUND, "Nothing is here; the game is at /."));
    }

    /** True when the request comes from a page this server served. */
    static boolean sameOrigin(FullHttpRequest request) {
        String origin = request.headers().get(HttpHeaderNames.ORIGIN);
        String host = request.headers().get(HttpHeaderNames.HOST);
        if (origin == null || host == null || host.isBlank()) {
            return false;
        }
        String o = origin.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        return o.equals("http://" + h) || o.equals("https://" + h);
    }

    private static void answer(ChannelHandlerContext ctx, HttpResponseStatus status, String text) {
        send(ctx, response(status, text));
    }

    static FullHttpResponse response(HttpResponseStatus status, String text) {
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(text + "\n", StandardCharsets.UTF_8));
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8");
        return r;
    }

    /** Sends a response with the headers every answer carries, and closes the connection after it. */
    static void send(ChannelHandlerContext ctx, FullHttpResponse r) {
        r.headers().set(HttpHeaderNames.CONTENT_LENGTH, r.content().readableBytes());
        r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        r.headers().set(HttpHeaderNames.CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
        r.headers().set("X-Content-Type-Options", "nosniff");
        r.headers().set(HttpHeaderNames.X_FRAME_OPTIONS, "DENY");
        r.headers().set("Referrer-Policy", "no-referrer");
        ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
