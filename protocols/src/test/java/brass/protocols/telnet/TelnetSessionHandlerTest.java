package brass.protocols.telnet;

import static brass.protocols.telnet.Telnet.*;
import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.guard.LogLimiter;
import brass.protocols.session.ClientCapabilities;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionLimits;
import brass.protocols.session.ConnectionListener;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The whole telnet pipeline over an EmbeddedChannel, driven by a ManualReactor. */
class TelnetSessionHandlerTest {

    private final ManualReactor reactor = new ManualReactor();
    private final LogLimiter logs = new LogLimiter(reactor.clock(), LogLimiter.Budget.defaults());
    private final List<String> events = new ArrayList<>();
    private int flushes;
    /** Buffers with bytes in them that reached the socket's end of the pipeline. */
    private int writes;
    private java.util.concurrent.CompletableFuture<Void> frameWritten;
    private EmbeddedChannel ch;

    private final class Game implements ConnectionListener {
        private final Connection c;

        Game(Connection c) {
            this.c = c;
            c.send("Welcome!");
            c.prompt("> ");
        }

        @Override
        public void onLine(String line) {
            events.add("line " + line);
            switch (line) {
                case "three" -> {
                    c.send("one");
                    c.send("two");
                    c.send("three");
                }
                case "frame" -> {
                    c.fullScreen(true);
                    frameWritten = c.sendFrame("\u001b[1;1HX").toCompletableFuture();
                    c.send("said while watching");
                    c.prompt("> ");
                }
                case "leave" -> c.fullScreen(false);
                case "password" -> c.setEchoOff(true);
                case "shown" -> c.setEchoOff(false);
                default -> {
                    c.send("You said: " + line);
                    c.prompt("> ");
                }
            }
        }

        @Override
        public void onCapabilities(ClientCapabilities caps) {
            events.add("caps " + caps.width());
        }

        @Override
        public void onClose(String reason) {
            events.add("close " + reason);
        }
    }

    private long floodConnectionId;

    private void open(ConnectionLimits limits) {
        ch = new EmbeddedChannel(
                new ChannelOutboundHandlerAdapter() {
                    @Override
                    public void flush(ChannelHandlerContext ctx) {
                        flushes++;
                        ctx.flush();
                    }

                    @Override
                    public void write(ChannelHandlerContext ctx, Object msg, io.netty.channel.ChannelPromise promise) {
                        if (msg instanceof io.netty.buffer.ByteBuf b && b.isReadable()) {
                            writes++;
                        }
                        ctx.write(msg, promise);
                    }
                },
                new IdleStateHandler(60, 0, 0, TimeUnit.SECONDS),
                new TelnetDecoder(), new TelnetEncoder(), new TelnetOptionHandler(), new TelnetLineDecoder(32),
                new TelnetSessionHandler(reactor, limits, logs, Game::new));
        turn();
        floodConnectionId = ch.pipeline().get(TelnetSessionHandler.class).connection().id();
    }

    /** One game-loop turn and the I/O work it hands over; returns what the client received. */
    private String turn() {
        reactor.runUntilIdle();
        ch.runPendingTasks();
        return new String(Bytes.outbound(ch), StandardCharsets.ISO_8859_1);
    }

    private String client(Object... parts) {
        Bytes.whole(ch, Bytes.of(parts));
        return turn();
    }

    private static String s(Object... parts) {
        return new String(Bytes.of(parts), StandardCharsets.ISO_8859_1);
    }

    @Test
    void greetsChatsAndMarksPrompts() {
        open(ConnectionLimits.defaults());
        assertThat(client()).isEmpty();
        assertThat(client(IAC, DO, OPT_EOR, "hi\r\n")).isEqualTo("You said: hi\r\n> " + s(IAC, EOR));
        assertThat(events).filteredOn(e -> e.startsWith("line")).containsExactly("line hi");
        assertThat(events).contains("caps 80");
    }

    @Test
    void theFirstTurnSendsOffersThenTheGreeting() {
        ch = new EmbeddedChannel(new TelnetDecoder(), new TelnetEncoder(), new TelnetOptionHandler(), new TelnetLineDecoder(),
                new TelnetSessionHandler(reactor, ConnectionLimits.defaults(), logs, Game::new));
        String out = turn();
        assertThat(out).startsWith(s(IAC, DO, OPT_TTYPE)).endsWith("Welcome!\r\n> ");
    }

    @Test
    void aFrameIsWrittenAtOnceItsFutureCompletesOnTheLoopAndTextWaitsUntilFullScreenEnds() {
        open(ConnectionLimits.defaults());
        client();
        String out = client("frame\r\n");
        assertThat(out).isEqualTo("\u001b[1;1HX");
        // Netty wrote it; the completion hopped back to the loop and ran there.
        reactor.runUntilIdle();
        assertThat(frameWritten).isCompleted();
        assertThat(client("leave\r\n")).isEqualTo("said while watching\r\n");
    }

    /** Text the game sends on its own, in a turn of the loop with no line from this client. */
    private String unasked(String... messages) {
        var connection = ch.pipeline().get(TelnetSessionHandler.class).connection();
        reactor.execute(() -> {
            for (String m : messages) {
                connection.send(m);
            }
        });
        return turn();
    }

    @Test
    void textNobodyTypedForStartsOnAFreshLineAndThePromptComesBack() {
        open(ConnectionLimits.defaults());
        assertThat(client(IAC, DO, OPT_EOR, "hi\r\n")).isEqualTo("You said: hi\r\n> " + s(IAC, EOR));
        // The cursor sits after "> ": another player's arrival goes under it, and the prompt again after.
        assertThat(unasked("Bob has entered the game.", "Bob waves."))
                .isEqualTo("\r\nBob has entered the game.\r\nBob waves.\r\n> " + s(IAC, EOR));
        assertThat(unasked("Bob sits down.")).isEqualTo("\r\nBob sits down.\r\n> " + s(IAC, EOR));
        // Once the player has ended a line their cursor is on a fresh one: the reply needs nothing more.
        assertThat(client("three\r\n")).isEqualTo("one\r\ntwo\r\nthree\r\n");
        assertThat(unasked("Bob leaves.")).isEqualTo("Bob leaves.\r\n");
    }

    @Test
    void withoutEorThePromptShownAgainIsMarkedWithGoAhead() {
        open(ConnectionLimits.defaults());
        client(IAC, WONT, OPT_TTYPE);
        assertThat(unasked("Bob has entered the game."))
                .isEqualTo("\r\nBob has entered the game.\r\n> " + s(IAC, GA));
    }

    @Test
    void manyMessagesInATurnAreFlushedOnce() {
        open(ConnectionLimits.defaults());
        client();
        flushes = 0;
        assertThat(client("three\r\n")).isEqualTo("one\r\ntwo\r\nthree\r\n");
        assertThat(flushes).isEqualTo(1);
    }

    @Test
    void aTurnsLinesAndPromptWithItsMarkAreOneWrite() {
        open(ConnectionLimits.defaults());
        client(IAC, DO, OPT_EOR);
        writes = 0;
        assertThat(client("three\r\n", "hi\r\n")).isEqualTo("one\r\ntwo\r\nthree\r\nYou said: hi\r\n> " + s(IAC, EOR));
        assertThat(writes).as("three lines, a line, a prompt and its mark in one buffer").isEqualTo(1);
    }

    @Test
    void echoIsSwitchedForPasswords() {
        open(ConnectionLimits.defaults());
        client(IAC, WONT, OPT_TTYPE);
        assertThat(client("password\r\n")).isEqualTo(s(IAC, WILL, OPT_ECHO));
        assertThat(client(IAC, DO, OPT_ECHO, "secret\r\n")).isEqualTo("You said: secret\r\n> " + s(IAC, GA));
        assertThat(client("shown\r\n")).isEqualTo(s(IAC, WONT, OPT_ECHO));
    }

    /** A client that turned UTF-8 down: the server's answer to its CHARSET REQUEST is REJECTED. */
    private void openLatin1Client() {
        open(ConnectionLimits.defaults());
        client(IAC, DO, OPT_CHARSET);
        client(IAC, SB, OPT_CHARSET, CHARSET_REJECTED, IAC, SE);
    }

    @Test
    void aNoticeGoesOutInTheCharsetTheClientNegotiated() {
        openLatin1Client();
        ch.pipeline().context(TelnetLineDecoder.class).fireChannelRead(new InputNotice("Zo\u00eb, your line was ignored."));
        assertThat(turn()).isEqualTo("[Zo\u00eb, your line was ignored.]\r\n");
    }

    @Test
    void theShutdownMessageGoesOutInTheCharsetTheClientNegotiated() {
        openLatin1Client();
        ch.pipeline().get(TelnetSessionHandler.class).shutdown("Ferm\u00e9, \u00e0 bient\u00f4t !", "server shutting down");
        assertThat(turn()).isEqualTo("Ferm\u00e9, \u00e0 bient\u00f4t !\r\n");
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void aShutdownFromAnotherThreadGoesOutThoughTheConnectionNeverSpoke() throws Exception {
        // The game loop has not run yet: the connection has had nothing handed over from it.
        ch = new EmbeddedChannel(new TelnetDecoder(), new TelnetEncoder(), new TelnetOptionHandler(), new TelnetLineDecoder(),
                new TelnetSessionHandler(reactor, ConnectionLimits.defaults(), logs, Game::new));
        ch.runPendingTasks();
        Bytes.outbound(ch); // the option offers
        TelnetSessionHandler handler = ch.pipeline().get(TelnetSessionHandler.class);
        java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
        // The server's stop runs on its own thread, not the game loop: no gathering there, at once.
        Thread stopping = new Thread(() -> {
            try {
                handler.shutdown("Bye.", "server shutting down");
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        stopping.start();
        stopping.join();
        assertThat(failed.get()).isNull();
        ch.runPendingTasks();
        assertThat(new String(Bytes.outbound(ch), StandardCharsets.ISO_8859_1)).isEqualTo("Bye.\r\n");
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void textGoesOutInTheCharsetTheClientNegotiated() {
        openLatin1Client();
        // A character Latin-1 lacks (the dash) goes out as '?'.
        assertThat(client("caf\u00e9 \u2014 ok\r\n")).isEqualTo("You said: caf\u00e9 ? ok\r\n> " + s(IAC, GA));
    }

    @Test
    void windowSizeChangesReachTheGameAndTheWrapping() {
        open(ConnectionLimits.defaults());
        client(IAC, WILL, OPT_NAWS, IAC, SB, OPT_NAWS, 0, 20, 0, 10, IAC, SE);
        assertThat(events).contains("caps 20");
        assertThat(client("aaaa bbbb cccc dddd eeee\r\n")).startsWith("You said: aaaa bbbb\r\ncccc dddd eeee\r\n");
    }

    @Test
    void wideCharactersWrapAtTheirWidthInColumns() {
        open(ConnectionLimits.defaults());
        client(IAC, WILL, OPT_NAWS, IAC, SB, OPT_NAWS, 0, 20, 0, 10, IAC, SE);
        String out = client("\u6f22\u5b57\u304b\u306a\u6df7\u3058\u308a and \ud83d\ude00\r\n");
        // turn() reads bytes as Latin-1; the text went out as UTF-8.
        String text = new String(out.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        // 20 columns: "You said:", then seven ideographs (14 columns) and " and", then the emoji,
        // which would have been the 21st and 22nd columns.
        assertThat(text).startsWith("You said:\r\n\u6f22\u5b57\u304b\u306a\u6df7\u3058\u308a and\r\n"
                + "\ud83d\ude00\r\n");
    }

    @Test
    void floodedInputIsDroppedWithOneNotice() {
        open(new ConnectionLimits(1 << 20, 2));
        client();
        Bytes.whole(ch, Bytes.of("a\r\nb\r\nc\r\nd\r\n"));
        String notice = new String(Bytes.outbound(ch), StandardCharsets.ISO_8859_1);
        assertThat(notice).isEqualTo("[Too many commands are waiting; some were ignored.]\r\n");
        turn();
        assertThat(events).containsExactly("line a", "line b");
    }

    /** What {@link TelnetSessionHandler} logs while {@code during} runs. */
    private static List<String> logged(Runnable during) {
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(TelnetSessionHandler.class);
        logger.addAppender(seen);
        try {
            during.run();
        } finally {
            logger.detachAppender(seen);
        }
        return seen.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void aFloodingClientIsLoggedAFewTimesThenSummarisedTruthfully() {
        List<String> lines = logged(() -> {
            open(new ConnectionLimits(1 << 20, 2));
            client();
            // 2,000 times over 20 s: two lines are taken, the third dropped, the loop catches up.
            for (int i = 0; i < 2_000; i++) {
                Bytes.whole(ch, Bytes.of("a\r\nb\r\nc\r\n"));
                reactor.advance(java.time.Duration.ofMillis(10));
            }
            ch.close();
            turn();
        });
        long id = floodConnectionId;
        List<String> flood = lines.stream().filter(l -> l.contains("input flood")).toList();
        assertThat(flood).containsExactly(
                "connection " + id + ": input flood, dropping lines",
                "connection " + id + ": input flood, dropping lines",
                "connection " + id + ": input flood, dropping lines",
                "connection " + id + ": input flood, dropping lines",
                "connection " + id + ": input flood, dropping lines",
                "… 1,995 more like this in the last 20 s: connection " + id + ": input flood, dropping lines");
        assertThat(events).filteredOn(e -> e.startsWith("line")).hasSize(4_000);
    }

    @Test
    void aBrokenSocketIsLoggedOnceNotOncePerQueuedWrite() {
        open(ConnectionLimits.defaults());
        client();
        String open = ch.toString();
        // The peer is gone: as Netty's outbound buffer does then, the flush fails every write
        // of the turn's batch at once, each into exceptionCaught, and a close asked for meanwhile
        // waits until the flush is over.
        ch.pipeline().addFirst(new ChannelOutboundHandlerAdapter() {
            private final List<io.netty.channel.ChannelPromise> queued = new ArrayList<>();
            private boolean flushing;
            private io.netty.channel.ChannelPromise closeAfterFlush;

            @Override
            public void write(ChannelHandlerContext ctx, Object msg, io.netty.channel.ChannelPromise promise) {
                io.netty.util.ReferenceCountUtil.release(msg);
                queued.add(promise);
            }

            @Override
            public void flush(ChannelHandlerContext ctx) {
                List<io.netty.channel.ChannelPromise> failing = new ArrayList<>(queued);
                queued.clear();
                flushing = true;
                failing.forEach(p -> p.tryFailure(new java.io.IOException("Broken pipe")));
                flushing = false;
                if (closeAfterFlush != null) {
                    ctx.close(closeAfterFlush);
                }
            }

            @Override
            public void close(ChannelHandlerContext ctx, io.netty.channel.ChannelPromise promise) {
                if (flushing) {
                    closeAfterFlush = promise;
                } else {
                    ctx.close(promise);
                }
            }
        });
        List<String> lines = logged(() -> client("a\r\n".repeat(20)));
        assertThat(lines).filteredOn(l -> l.contains("closing after an error"))
                .containsExactly(open + ": closing after an error: java.io.IOException: Broken pipe");
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void anOverlongLineIsRefusedWholeAndThePlayerIsToldTheLimit() {
        open(ConnectionLimits.defaults());
        client();
        String out = client("x".repeat(50), "\r\n");
        assertThat(out).isEqualTo("[Your line was longer than 32 bytes; it was ignored.]\r\n");
        assertThat(events).noneMatch(e -> e.startsWith("line"));
    }

    @Test
    void anIdleClientIsToldAndClosed() {
        open(ConnectionLimits.defaults());
        client();
        ch.advanceTimeBy(61, TimeUnit.SECONDS);
        ch.runScheduledPendingTasks();
        // The cursor sat after the prompt: the goodbye starts a fresh line, and no prompt follows it.
        assertThat(turn()).isEqualTo("\r\nYou have been idle too long. Goodbye.\r\n");
        assertThat(ch.isOpen()).isFalse();
        turn();
        assertThat(events).containsExactly("close idle timeout");
    }

    @Test
    void aClientHangingUpIsReportedOnce() {
        open(ConnectionLimits.defaults());
        client();
        ch.close();
        turn();
        assertThat(events).containsExactly("close connection closed by the client");
    }

    @Test
    void aSlowClientIsDroppedEvenWhileCompressing() {
        open(new ConnectionLimits(40, 64));
        client(IAC, DO, OPT_MCCP2);
        assertThat(ch.isOpen()).isTrue();
        Bytes.whole(ch, Bytes.of("x".repeat(30), "\r\n"));
        turn();
        assertThat(ch.isOpen()).isFalse();
        turn();
        assertThat(events).contains("close output backlog: the client is not reading");
    }

    @net.jqwik.api.Property(tries = 200)
    void randomBytesNeverBreakASession(@net.jqwik.api.ForAll @net.jqwik.api.constraints.Size(max = 300) byte[] noise) {
        if (ch != null) {
            // jqwik may reuse this instance between tries: finish the last one first.
            ch.finishAndReleaseAll();
            reactor.runUntilIdle();
        }
        events.clear();
        open(new ConnectionLimits(1 << 20, 1000));
        Bytes.whole(ch, noise);
        turn();
        Bytes.byteByByte(ch, noise);
        turn();
        if (ch.isOpen()) {
            assertThat(events).noneMatch(e -> e.startsWith("close"));
            Bytes.whole(ch, Bytes.of("x", IAC, SE, "\r\nping\r\n"));
            turn();
            assertThat(events).contains("line ping");
        } else {
            turn();
            assertThat(events).anyMatch(e -> e.startsWith("close "));
        }
    }
}
