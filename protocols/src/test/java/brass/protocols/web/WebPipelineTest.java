package brass.protocols.web;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.guard.Guard;
import brass.protocols.session.ClientCapabilities;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionListener;
import brass.protocols.session.PlayerInput;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The web client's whole pipeline (HTTP, WebSocket, session) over an EmbeddedChannel, on a ManualReactor. */
class WebPipelineTest {

    private static final WebAssets ASSETS = WebAssets.load();
    private static final String UPGRADE = "GET /ws HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUpgrade: websocket\r\n"
            + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";

    private final ManualReactor reactor = new ManualReactor();
    private final List<String> events = new ArrayList<>();
    private final EmbeddedChannel ch = new EmbeddedChannel();
    private final EmbeddedChannel clientEncoder = new EmbeddedChannel(new WebSocket13FrameEncoder(true));
    private final EmbeddedChannel clientDecoder = new EmbeddedChannel(new WebSocket13FrameDecoder(false, false, 1 << 20));
    private Connection connection;

    private final class Game implements ConnectionListener {
        private final Connection c;

        Game(Connection c) {
            this.c = c;
            connection = c;
            c.send("{red}Welcome!{/}");
            c.prompt("> ");
        }

        @Override
        public void onLine(String line) {
            events.add("line " + line);
            switch (line) {
                case "password" -> c.setEchoOff(true);
                case "watch" -> {
                    c.fullScreen(true);
                    c.sendFrame("\u001b[1;1HX");
                    c.send("said while watching");
                }
                case "back" -> c.fullScreen(false);
                case "quit" -> {
                    c.send("Goodbye.");
                    c.close("quit");
                }
                default -> c.send("You said: " + line);
            }
        }

        @Override
        public void onCapabilities(ClientCapabilities caps) {
            events.add("size " + caps.width() + "x" + caps.height() + " " + caps.colourLevel());
        }

        @Override
        public void onClose(String reason) {
            events.add("close " + reason);
        }
    }

    WebPipelineTest() {
        ch.freezeTime();
        WebServer.configure(ch.pipeline(), WebServer.Settings.defaults().withReadIdleTimeout(Duration.ZERO), ASSETS,
                reactor, Guard.uncapped(reactor.clock()), Game::new);
    }

    // ---- HTTP ----

    private String http(String request) {
        ch.writeInbound(Unpooled.copiedBuffer(request, StandardCharsets.ISO_8859_1));
        ch.runPendingTasks();
        StringBuilder out = new StringBuilder();
        ByteBuf b;
        while ((b = ch.readOutbound()) != null) {
            out.append(b.toString(StandardCharsets.UTF_8));
            b.release();
        }
        return out.toString();
    }

    private static String statusLine(String response) {
        return response.substring(0, response.indexOf("\r\n"));
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    @Test
    void thePageAndItsTerminalAreServedOnGetAndTheConnectionClosesAfter() {
        String page = http("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertThat(statusLine(page)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(page).contains("content-type: text/html; charset=utf-8\r\n", "connection: close\r\n",
                "content-security-policy: " + WebPageHandler.CONTENT_SECURITY_POLICY + "\r\n",
                "x-frame-options: DENY\r\n");
        assertThat(body(page)).contains("<script src=\"xterm.js\"></script>", "<script src=\"brass.js\" defer></script>");
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void everyAssetIsServedWithItsTypeAQueryIgnored() {
        for (String path : ASSETS.paths()) {
            EmbeddedChannel one = new EmbeddedChannel();
            WebServer.configure(one.pipeline(), WebServer.Settings.defaults(), ASSETS, reactor,
                    Guard.uncapped(reactor.clock()), Game::new);
            one.writeInbound(Unpooled.copiedBuffer("GET " + path + "?v=2 HTTP/1.1\r\nHost: h\r\n\r\n",
                    StandardCharsets.ISO_8859_1));
            ByteBuf head = one.readOutbound();
            String response = head.toString(StandardCharsets.UTF_8);
            head.release();
            assertThat(statusLine(response)).as(path).isEqualTo("HTTP/1.1 200 OK");
            assertThat(response).as(path).contains("content-length: " + ASSETS.at(path).orElseThrow().bytes().length);
            String type = path.endsWith(".js") ? "text/javascript" : path.endsWith(".css") ? "text/css" : "text/html";
            assertThat(response).as(path).contains("content-type: " + type + "; charset=utf-8\r\n");
            one.finishAndReleaseAll();
        }
        assertThat(ASSETS.paths()).containsExactly("/", "/brass.js", "/brass.css", "/xterm.js", "/xterm.css",
                "/xterm-addon-fit.js");
        assertThat(new String(ASSETS.at("/xterm.js").orElseThrow().bytes(), StandardCharsets.UTF_8)).contains("Terminal");
    }

    @Test
    void anyOtherPathIsNotFound() {
        String r = http("GET /../../etc/passwd HTTP/1.1\r\nHost: h\r\n\r\n");
        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 404 Not Found");
        assertThat(body(r)).isEqualTo("Nothing is here; the game is at /.\n");
    }

    @Test
    void onlyGetIsServed() {
        String r = http("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n");
        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 405 Method Not Allowed");
        assertThat(r).contains("allow: GET\r\n");
        assertThat(body(r)).isEqualTo("Only GET is served here.\n");
    }

    @Test
    void headIsNotServedEither() {
        assertThat(statusLine(http("HEAD / HTTP/1.1\r\nHost: h\r\n\r\n"))).isEqualTo("HTTP/1.1 405 Method Not Allowed");
    }

    @Test
    void aRequestWithABodyIsRefused() {
        String r = http("GET / HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello");
        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 413 Request Entity Too Large");
    }

    @Test
    void headersPastTheLimitAreRefused() {
        String r = http("GET / HTTP/1.1\r\nHost: h\r\nX-Junk: " + "a".repeat(WebServer.MAX_HEADERS) + "\r\n\r\n");
        assertThat(statusLine(r)).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(body(r)).isEqualTo("That request could not be read.\n");
    }

    @Test
    void theGameSocketNeedsThePagesOwnOrigin() {
        assertThat(statusLine(http(UPGRADE + "\r\n"))).isEqualTo("HTTP/1.1 403 Forbidden");
        EmbeddedChannel other = new EmbeddedChannel();
        WebServer.configure(other.pipeline(), WebServer.Settings.defaults(), ASSETS, reactor,
                Guard.uncapped(reactor.clock()), Game::new);
        other.writeInbound(Unpooled.copiedBuffer(UPGRADE + "Origin: http://evil.example\r\n\r\n",
                StandardCharsets.ISO_8859_1));
        ByteBuf b = other.readOutbound();
        assertThat(b.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 403 Forbidden\r\n")
                .endsWith("The game's connection opens only from its own page.\n");
        b.release();
        assertThat(events).isEmpty();
    }

    @Test
    void aConnectionThatNeverBecomesAGameSocketIsClosedAfterTheHandshakeTime() {
        ch.advanceTimeBy(WebServer.Settings.defaults().handshakeTimeout().toMillis() - 1, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(ch.isOpen()).isTrue();
        ch.advanceTimeBy(1, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(ch.isOpen()).isFalse();
    }

    // ---- WebSocket ----

    /** Upgrades with the page's own origin; returns the server's handshake answer. */
    private String upgrade() {
        return http(UPGRADE + "Origin: http://127.0.0.1:8080\r\n\r\n");
    }

    /** Sends frames as a browser does (masked) and runs a game-loop turn; returns the frames received. */
    private List<String> send(WebSocketFrame... frames) {
        for (WebSocketFrame f : frames) {
            clientEncoder.writeOutbound(f);
            ByteBuf b;
            while ((b = clientEncoder.readOutbound()) != null) {
                ch.writeInbound(b);
            }
        }
        return turn();
    }

    private List<String> say(String json) {
        return send(new TextWebSocketFrame(json));
    }

    /** One game-loop turn and the I/O it hands over; the frames the page receives, text as JSON, close as "close CODE". */
    private List<String> turn() {
        reactor.runUntilIdle();
        ch.runPendingTasks();
        reactor.runUntilIdle();
        List<String> frames = new ArrayList<>();
        ByteBuf b;
        while ((b = ch.readOutbound()) != null) {
            clientDecoder.writeInbound(b);
        }
        Object f;
        while ((f = clientDecoder.readInbound()) != null) {
            if (f instanceof TextWebSocketFrame t) {
                frames.add(t.text());
            } else if (f instanceof CloseWebSocketFrame c) {
                frames.add("close " + c.statusCode());
            }
            ReferenceCountUtil.release(f);
        }
        return frames;
    }

    @Test
    void theHandshakeStartsAGameInTrueColourAndTheGreetingArrivesAsText() {
        assertThat(statusLine(upgrade())).isEqualTo("HTTP/1.1 101 Switching Protocols");
        assertThat(turn()).containsExactly("{\"text\":\"\\u001b[0;31mWelcome!\\u001b[0m\\r\\n> \"}");
        assertThat(connection.capabilities().colourLevel()).isEqualTo(brass.protocols.render.ColourLevel.TRUECOLOR);
        assertThat(connection.canDrawFullScreen()).isTrue();
        assertThat(connection.sendsKeys()).isTrue();
        assertThat(connection.protocol()).isEqualTo("web");
    }

    @Test
    void theTerminalsSizeIsTheGamesWidthAsNawsIs() {
        upgrade();
        turn();
        assertThat(say("{\"size\":[40,12]}")).isEmpty();
        assertThat(say("{\"size\":[0,99999]}")).isEmpty();
        assertThat(events).containsExactly("size 40x12 TRUECOLOR", "size 1x1000 TRUECOLOR");
    }

    @Test
    void linesArePlayedAndTheirControlCharactersRemoved() {
        upgrade();
        turn();
        assertThat(say("{\"line\":\"hi\\u0007 there\\u202e\"}")).containsExactly("{\"text\":\"You said: hi there\\r\\n\"}");
        assertThat(events).contains("line hi there");
    }

    @Test
    void aLineLongerThanAnyCommandIsRefusedWhole() {
        upgrade();
        turn();
        assertThat(say("{\"line\":\"" + "a".repeat(PlayerInput.MAX_LINE + 1) + "\"}")).containsExactly(
                "{\"text\":\"" + PlayerInput.tooLong(PlayerInput.MAX_LINE, "characters") + "\\r\\n\"}");
        assertThat(events).noneMatch(e -> e.startsWith("line"));
    }

    @Test
    void aPasswordIsAskedForWithEchoOff() {
        upgrade();
        turn();
        assertThat(say("{\"line\":\"password\"}")).containsExactly("{\"echo\":false}");
    }

    @Test
    void fullScreenTellsThePageToSendKeysAndHoldsTextUntilItEnds() {
        upgrade();
        turn();
        assertThat(say("{\"line\":\"watch\"}")).containsExactly("{\"screen\":true}", "{\"text\":\"\\u001b[1;1HX\"}");
        assertThat(say("{\"line\":\"back\"}")).containsExactly("{\"screen\":false}",
                "{\"text\":\"said while watching\\r\\n\"}");
    }

    @Test
    void theGameClosingIsANormalClosureSoThePageDoesNotReconnect() {
        upgrade();
        turn();
        assertThat(say("{\"line\":\"quit\"}")).containsExactly("{\"text\":\"Goodbye.\\r\\n\"}", "close 1000");
        assertThat(ch.isOpen()).isFalse();
        reactor.runUntilIdle();
        assertThat(events).contains("close quit");
    }

    @Test
    void theServerGoingDownTellsThePlayerAndClosesAsGoingAwaySoThePageReconnects() {
        upgrade();
        turn();
        ch.pipeline().get(WebSessionHandler.class).shutdown("Back soon.", "server shutting down");
        assertThat(turn()).containsExactly("{\"text\":\"Back soon.\\r\\n\"}", "close 1001");
        assertThat(events).contains("close server shutting down");
    }

    @Test
    void whatIsNotAMessageOfThePageClosesTheSocketWithAReason() {
        upgrade();
        turn();
        assertThat(say("look")).containsExactly("close 1007");
        assertThat(ch.isOpen()).isFalse();
        reactor.runUntilIdle();
        assertThat(events).contains("close refused: not a message of the Brass page");
    }

    @Test
    void messagesOfTheWrongShapeAreRefusedToo() {
        for (String bad : List.of("{}", "{\"line\":3}", "{\"size\":[1]}", "{\"line\":\"a\",\"size\":[1,2]}", "[]")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebMessages.read(bad)).as(bad)
                    .isInstanceOf(WebMessages.BadMessage.class);
        }
    }

    @Test
    void binaryFramesAreRefused() {
        upgrade();
        turn();
        assertThat(send(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(new byte[] {1, 2})))).containsExactly("close 1003");
    }

    @Test
    void aMessageLargerThanTheLimitClosesTheSocket() {
        upgrade();
        turn();
        assertThat(say("{\"line\":\"" + "a".repeat(WebServer.MAX_MESSAGE) + "\"}")).containsExactly("close 1009");
        assertThat(events).noneMatch(e -> e.startsWith("line"));
    }
}
