package brass.protocols.telnet;

import static brass.protocols.telnet.Telnet.*;
import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.guard.LogLimiter;
import brass.protocols.render.ColourLevel;
import brass.protocols.render.SharedRenderings;
import brass.protocols.render.TextRenderer;
import brass.protocols.session.ConnectionLimits;
import brass.protocols.session.ConnectionListener;
import brass.protocols.session.Output;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ResourceLeakDetector;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Inflater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bystander's text is encoded once per charset and the same bytes are copied into every telnet
 * connection's write: the bytes on the wire are those each connection made for itself before, MCCP2
 * included; every buffer is released, on every path; and it keeps its place in each connection's
 * output.
 */
class SharedTextTest {

    private static ResourceLeakDetector.Level leakLevel;

    private final ManualReactor reactor = new ManualReactor();
    private final LogLimiter logs = new LogLimiter(reactor.clock(), LogLimiter.Budget.defaults());
    private final List<EmbeddedChannel> channels = new ArrayList<>();
    /** Every buffer the connections wrote, kept (unreleased) until the test checks them. */
    private final List<ByteBuf> written = new ArrayList<>();

    @BeforeAll
    static void paranoid() {
        leakLevel = ResourceLeakDetector.getLevel();
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
    }

    @AfterAll
    static void restore() {
        ResourceLeakDetector.setLevel(leakLevel);
    }

    @AfterEach
    void everyBufferIsReleased() {
        List<ByteBuf> bases = new ArrayList<>();
        for (ByteBuf b : written) {
            bases.add(b.unwrap() != null ? b.unwrap() : b);
            assertThat(b.refCnt()).isPositive();
        }
        for (ByteBuf b : written) {
            b.release();
        }
        // The shared bytes too: nothing holds them once every connection's copy is written.
        for (ByteBuf base : bases) {
            assertThat(base.refCnt()).isZero();
        }
        for (EmbeddedChannel ch : channels) {
            ch.finishAndReleaseAll();
        }
    }

    /** A telnet connection as the server makes it (without the idle timer); the client sends {@code negotiation}. */
    private EmbeddedChannel connect(Object... negotiation) {
        EmbeddedChannel ch = new EmbeddedChannel(new TelnetDecoder(), new TelnetEncoder(), new TelnetOptionHandler(),
                new TelnetLineDecoder(200), new TelnetSessionHandler(reactor, ConnectionLimits.defaults(), logs,
                        c -> new ConnectionListener() {
                            @Override
                            public void onLine(String line) {
                            }

                            @Override
                            public void onClose(String reason) {
                            }
                        }));
        // Unpooled: a released buffer's count stays readable, so the test can see it reach zero.
        ch.config().setAllocator(new UnpooledByteBufAllocator(true));
        channels.add(ch);
        if (negotiation.length > 0) {
            Bytes.whole(ch, Bytes.of(negotiation));
        }
        reactor.runUntilIdle();
        ch.runPendingTasks();
        drain(ch);
        return ch;
    }

    private EmbeddedChannel utf8Client() {
        return connect(IAC, DO, OPT_EOR);
    }

    private EmbeddedChannel latin1Client() {
        return connect(IAC, DO, OPT_EOR, IAC, DO, OPT_CHARSET, IAC, SB, OPT_CHARSET, CHARSET_REJECTED, IAC, SE);
    }

    private EmbeddedChannel compressingClient(boolean latin1) {
        EmbeddedChannel ch = latin1 ? latin1Client() : utf8Client();
        Bytes.whole(ch, Bytes.of(IAC, DO, OPT_MCCP2));
        ch.runPendingTasks();
        assertThat(drainKeeping(ch)).isEqualTo(Bytes.of(IAC, SB, OPT_MCCP2, IAC, SE));
        return ch;
    }

    private void deliver(EmbeddedChannel ch, Output... batch) {
        ch.pipeline().get(TelnetSessionHandler.class).deliver(List.of(batch));
    }

    /** The game loop's turn ends and the I/O side writes; returns what reached the wire (checked for release later). */
    private byte[] turn(EmbeddedChannel ch) {
        reactor.runUntilIdle();
        ch.runPendingTasks();
        return drainKeeping(ch);
    }

    private byte[] drainKeeping(EmbeddedChannel ch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object m;
        while ((m = ch.readOutbound()) != null) {
            ByteBuf b = (ByteBuf) m;
            byte[] a = new byte[b.readableBytes()];
            b.getBytes(b.readerIndex(), a);
            out.writeBytes(a);
            if (!(b instanceof io.netty.buffer.EmptyByteBuf)) {
                written.add(b);
            }
        }
        return out.toByteArray();
    }

    private static void drain(EmbeddedChannel ch) {
        Bytes.outbound(ch);
    }

    private static byte[] inflate(Inflater inflater, byte[] compressed) throws Exception {
        inflater.setInput(compressed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[4096];
        int n;
        while ((n = inflater.inflate(chunk)) > 0) {
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    /** Texts whose bytes differ by charset, with 0xFF to double in Latin-1 (ÿ), colour, and a character Latin-1 lacks. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        String markup = "{red}Zo\u00eb{/} says, 'Caf\u00e9 cr\u00e8me for \u20ac2, or a na\u00efve {b}h\u00ffdromel{/}?'";
        for (ColourLevel level : ColourLevel.values()) {
            for (int width : new int[] {80, 20}) {
                texts.add(new TextRenderer(level, width, TextRenderer.CRLF).render(markup) + TextRenderer.CRLF);
            }
        }
        texts.add("\u00ff\u00ff plain \u00ff\r\n");
        return texts;
    }

    @Test
    void sharedBytesAreTheBytesEachConnectionMadeForItself() throws Exception {
        for (boolean latin1 : new boolean[] {false, true}) {
            for (String text : texts()) {
                EmbeddedChannel own = latin1 ? latin1Client() : utf8Client();
                EmbeddedChannel shared = latin1 ? latin1Client() : utf8Client();
                deliver(own, new Output.Text("\r\n"), new Output.Text(text), new Output.Prompt("> "));
                deliver(shared, new Output.Text("\r\n"), new Output.Text(text, true), new Output.Prompt("> "));
                byte[] expected = turn(own);
                assertThat(turn(shared)).isEqualTo(expected);
            }
        }
        // What a connection makes for itself, checked once by hand: Latin-1, ÿ doubled, the prompt marked.
        EmbeddedChannel ch = latin1Client();
        deliver(ch, new Output.Text("\u00ff\u20ac\r\n", true), new Output.Prompt("> "));
        assertThat(turn(ch)).isEqualTo(Bytes.of(0xff, 0xff, "?\r\n> ", IAC, EOR));
    }

    @Test
    void aCompressingConnectionCompressesItsOwnCopyOfTheSameBytes() throws Exception {
        for (boolean latin1 : new boolean[] {false, true}) {
            EmbeddedChannel plain = latin1 ? latin1Client() : utf8Client();
            EmbeddedChannel compressing = compressingClient(latin1);
            Inflater inflater = new Inflater();
            for (String text : texts()) {
                deliver(plain, new Output.Text("\r\n"), new Output.Text(text, true), new Output.Prompt("> "));
                deliver(compressing, new Output.Text("\r\n"), new Output.Text(text, true), new Output.Prompt("> "));
                byte[] expected = turn(plain);
                assertThat(inflate(inflater, turn(compressing))).isEqualTo(expected);
            }
            inflater.end();
        }
    }

    @Test
    void connectionsWithTheSameEncodingShareOneEncoding() {
        List<EmbeddedChannel> utf8 = new ArrayList<>();
        List<EmbeddedChannel> latin1 = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            utf8.add(utf8Client());
        }
        utf8.add(compressingClient(false));
        for (int i = 0; i < 3; i++) {
            latin1.add(latin1Client());
        }
        String said = SharedRenderings.line(new TextRenderer(ColourLevel.ANSI16, 80, TextRenderer.CRLF),
                "{green}Ada says, 'Na\u00efve \u00ff!'{/}");
        long before = SharedText.encodingsMade();
        List<EmbeddedChannel> all = new ArrayList<>(utf8);
        all.addAll(latin1);
        for (EmbeddedChannel ch : all) {
            deliver(ch, new Output.Text(said, true), new Output.Prompt("> "));
        }
        List<byte[]> wire = new ArrayList<>();
        for (EmbeddedChannel ch : all) {
            wire.add(turn(ch));
        }
        // One encoding per charset, however many connections.
        assertThat(SharedText.encodingsMade() - before).isEqualTo(2);
        assertThat(wire.get(1)).isEqualTo(wire.get(0));
        assertThat(wire.get(utf8.size() + 1)).isEqualTo(wire.get(utf8.size())).isNotEqualTo(wire.get(0));
        // The same text later, while the loop remembers the line, is not encoded again.
        deliver(all.get(0), new Output.Text(said, true));
        assertThat(turn(all.get(0))).isEqualTo(java.util.Arrays.copyOf(wire.get(0), wire.get(0).length - 4));
        assertThat(SharedText.encodingsMade() - before).isEqualTo(2);
    }

    @Test
    void theLoopRemembersTheLinesItSharedLately() {
        String said = "Bob says, 'hello'\r\n";
        SharedText line = SharedText.of(said);
        assertThat(SharedText.of(new String(said))).as("the same text, another string").isSameAs(line);
        for (int i = 0; i < SharedText.REMEMBERED - 1; i++) {
            SharedText.of("line " + i + "\r\n");
        }
        assertThat(SharedText.of(said)).as("still among the last %d", SharedText.REMEMBERED).isSameAs(line);
        for (int i = 0; i < SharedText.REMEMBERED; i++) {
            SharedText.of("other " + i + "\r\n");
        }
        assertThat(SharedText.of(said)).as("forgotten, made anew").isNotSameAs(line);
    }

    @Test
    void aClosedConnectionMakesNoEncoding() {
        EmbeddedChannel open = utf8Client();
        EmbeddedChannel closed = utf8Client();
        String said = "Bob says, 'bye'\r\n";
        SharedText line = SharedText.of(said);
        long before = SharedText.encodingsMade();
        TelnetSessionHandler gone = closed.pipeline().get(TelnetSessionHandler.class);
        closed.close();
        gone.deliver(List.of(new Output.Text(said, true), new Output.Prompt("> ")));
        deliver(open, new Output.Text(said, true), new Output.Prompt("> "));
        assertThat(turn(closed)).isEmpty();
        assertThat(SharedText.encodingsMade() - before).isZero();
        assertThat(line.madeFor(true)).isFalse();
        assertThat(turn(open)).isEqualTo(Bytes.of(said, "> ", IAC, EOR));
        assertThat(SharedText.encodingsMade() - before).isEqualTo(1);
        assertThat(line.madeFor(true)).isTrue();
        assertThat(line.madeFor(false)).as("nobody asked for Latin-1").isFalse();
    }

    @Test
    void sharedTextKeepsItsPlaceInEachConnectionsOutput() {
        EmbeddedChannel ch = utf8Client();
        String first = "Ada arrives.\r\n";
        String second = "Ada says, 'hello'\r\n";
        deliver(ch, new Output.Text("You wait.\r\n"), new Output.Prompt("> "), new Output.Text("\r\n"),
                new Output.Text(first, true), new Output.Text("(your own line)\r\n"), new Output.Text(second, true),
                new Output.Prompt("> "));
        assertThat(turn(ch)).isEqualTo(Bytes.of("You wait.\r\n> ", IAC, EOR, "\r\nAda arrives.\r\n(your own line)\r\n",
                "Ada says, 'hello'\r\n> ", IAC, EOR));
        // (The next batch is handed over after this one was written: an EmbeddedChannel runs
        // queued tasks from inside a write, which no real event loop does.)
        deliver(ch, new Output.Text(first, true), new Output.Text("after\r\n"));
        assertThat(turn(ch)).isEqualTo(Bytes.of("Ada arrives.\r\nafter\r\n"));
    }

    @Test
    void theWholeLoopSharesABystandersLine() {
        // Through the game loop: a text sent to a connection whose cursor sits after its prompt
        // goes out on a fresh line, in the same bytes as before, and is shared all the same.
        List<EmbeddedChannel> crowd = List.of(utf8Client(), utf8Client(), utf8Client());
        List<brass.protocols.session.GameConnection> connections = new ArrayList<>();
        for (EmbeddedChannel ch : crowd) {
            connections.add(ch.pipeline().get(TelnetSessionHandler.class).connection());
        }
        reactor.execute(() -> connections.forEach(c -> c.prompt("> ")));
        for (EmbeddedChannel ch : crowd) {
            assertThat(turn(ch)).isEqualTo(Bytes.of("> ", IAC, EOR));
        }
        long before = SharedText.encodingsMade();
        reactor.execute(() -> connections.forEach(c -> c.send("Ada says, 'hi'")));
        for (EmbeddedChannel ch : crowd) {
            assertThat(turn(ch)).isEqualTo(Bytes.of("\r\nAda says, 'hi'\r\n> ", IAC, EOR));
        }
        assertThat(SharedText.encodingsMade() - before).isEqualTo(1);
    }
}
