package brass.protocols.telnet;

import static brass.protocols.telnet.Telnet.*;
import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.render.ColourLevel;
import brass.protocols.session.ClientCapabilities;
import brass.protocols.session.Output.EchoOff;
import brass.protocols.telnet.option.MsspVariables;
import brass.protocols.telnet.option.PromptMark;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.compression.JdkZlibDecoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

class TelnetOptionHandlerTest {

    private EmbeddedChannel ch;
    private TelnetOptionHandler options;
    private final List<Object> received = new ArrayList<>();

    private void connect(boolean withMssp) {
        Map<String, List<String>> vars = new LinkedHashMap<>();
        vars.put("NAME", List.of("Brass"));
        vars.put("PLAYERS", List.of("3"));
        vars.put("CODEBASE", List.of("Brass", "Twisted Reality"));
        options = new TelnetOptionHandler(withMssp ? client -> client.writeAndFlush(new MsspVariables(vars)) : null, true);
        ch = new EmbeddedChannel(new TelnetDecoder(), new TelnetEncoder(), options, new TelnetLineDecoder());
    }

    /** Feeds client bytes whole; returns what the server wrote in answer. */
    private byte[] client(Object... parts) {
        Bytes.whole(ch, Bytes.of(parts));
        received.addAll(Bytes.inbound(ch));
        return Bytes.outbound(ch);
    }

    private ClientCapabilities caps() {
        ClientCapabilities last = null;
        for (Object o : received) {
            if (o instanceof ClientCapabilities c) {
                last = c;
            }
        }
        return last;
    }

    @Test
    void offersOptionsAtConnect() {
        connect(true);
        assertThat(Bytes.outbound(ch)).isEqualTo(Bytes.of(IAC, DO, OPT_TTYPE, IAC, DO, OPT_NAWS, IAC, WILL, OPT_EOR,
                IAC, WILL, OPT_MSDP, IAC, WILL, OPT_GMCP, IAC, WILL, OPT_MSSP, IAC, WILL, OPT_MCCP2, IAC, WILL, OPT_CHARSET));
    }

    @Test
    void aClientThatNegotiatesNothingGetsPlainText() {
        connect(false);
        Bytes.outbound(ch);
        assertThat(client("look\r\n")).isEmpty();
        assertThat(received).containsExactly("look");
        ch.write(new EchoOff(true));
        ch.write(new PromptMark());
        ch.flush();
        assertThat(Bytes.outbound(ch)).isEmpty();
    }

    @Test
    void mttsCycle() {
        connect(false);
        Bytes.outbound(ch);
        assertThat(client(IAC, WILL, OPT_TTYPE)).isEqualTo(Bytes.of(IAC, SB, OPT_TTYPE, TTYPE_SEND, IAC, SE));
        assertThat(client(IAC, SB, OPT_TTYPE, TTYPE_IS, "MUDLET", IAC, SE)).isEqualTo(Bytes.of(IAC, SB, OPT_TTYPE, TTYPE_SEND, IAC, SE));
        assertThat(client(IAC, SB, OPT_TTYPE, TTYPE_IS, "XTERM-256COLOR", IAC, SE)).isEqualTo(Bytes.of(IAC, SB, OPT_TTYPE, TTYPE_SEND, IAC, SE));
        assertThat(client(IAC, SB, OPT_TTYPE, TTYPE_IS, "MTTS 269", IAC, SE)).isEmpty();
        assertThat(client(IAC, SB, OPT_TTYPE, TTYPE_IS, "MTTS 269", IAC, SE)).isEmpty();
        ClientCapabilities c = caps();
        assertThat(c.clientName()).isEqualTo("MUDLET");
        assertThat(c.terminalType()).isEqualTo("XTERM-256COLOR");
        assertThat(c.mttsFlags()).isEqualTo(269);
        assertThat(c.colourLevel()).isEqualTo(ColourLevel.TRUECOLOR);
        assertThat(c.negotiating()).isTrue();
    }

    @Test
    void aClientThatRepeatsItsTerminalTypeEndsTheCycleEarly() {
        connect(false);
        Bytes.outbound(ch);
        client(IAC, WILL, OPT_TTYPE);
        client(IAC, SB, OPT_TTYPE, TTYPE_IS, "xterm-256color", IAC, SE);
        assertThat(client(IAC, SB, OPT_TTYPE, TTYPE_IS, "xterm-256color", IAC, SE)).isEmpty();
        assertThat(caps().colourLevel()).isEqualTo(ColourLevel.ANSI256);
        assertThat(caps().terminalType()).isEqualTo("xterm-256color");
    }

    @Test
    void nawsSetsAndFollowsTheWindowSizeIncluding255() {
        connect(false);
        Bytes.outbound(ch);
        client(IAC, WILL, OPT_NAWS, IAC, SB, OPT_NAWS, 0, 100, 0, 40, IAC, SE);
        assertThat(caps().width()).isEqualTo(100);
        assertThat(caps().height()).isEqualTo(40);
        BiConsumer<EmbeddedChannel, byte[]> byteByByte = Bytes::byteByByte;
        byteByByte.accept(ch, Bytes.of(IAC, SB, OPT_NAWS, 0, IAC, IAC, 0, 13, IAC, SE, "n\r\n"));
        received.addAll(Bytes.inbound(ch));
        assertThat(caps().width()).isEqualTo(255);
        assertThat(caps().height()).isEqualTo(13);
        assertThat(received).contains("n");
    }

    @Test
    void charsetAcceptedAndRejected() {
        connect(false);
        Bytes.outbound(ch);
        byte[] request = Bytes.of(IAC, SB, OPT_CHARSET, CHARSET_REQUEST, ";UTF-8", IAC, SE);
        assertThat(client(IAC, DO, OPT_CHARSET)).isEqualTo(request);
        client(IAC, SB, OPT_CHARSET, CHARSET_REJECTED, IAC, SE);
        assertThat(caps().utf8()).isFalse();
        client(IAC, SB, OPT_CHARSET, CHARSET_ACCEPTED, "UTF-8", IAC, SE);
        assertThat(caps().utf8()).isTrue();
        // The client may ask too: we accept UTF-8 from its list.
        assertThat(client(IAC, SB, OPT_CHARSET, CHARSET_REQUEST, " ISO-8859-1 UTF-8", IAC, SE))
                .isEqualTo(Bytes.of(IAC, SB, OPT_CHARSET, CHARSET_ACCEPTED, "UTF-8", IAC, SE));
        assertThat(client(IAC, SB, OPT_CHARSET, CHARSET_REQUEST, ";KOI8-R", IAC, SE))
                .isEqualTo(Bytes.of(IAC, SB, OPT_CHARSET, CHARSET_REJECTED, IAC, SE));
    }

    @Test
    void promptsAreMarkedWithEorWhenAgreedElseGaUnlessSuppressed() {
        connect(false);
        Bytes.outbound(ch);
        client(IAC, DONT, OPT_EOR);
        ch.write(new PromptMark());
        ch.flush();
        assertThat(Bytes.outbound(ch)).isEqualTo(Bytes.of(IAC, GA));
        client(IAC, DO, OPT_SGA);
        ch.write(new PromptMark());
        ch.flush();
        assertThat(Bytes.outbound(ch)).isEmpty();
        connect(false);
        Bytes.outbound(ch);
        client(IAC, DO, OPT_EOR);
        ch.write(new PromptMark());
        ch.flush();
        assertThat(Bytes.outbound(ch)).isEqualTo(Bytes.of(IAC, EOR));
        assertThat(caps().endOfRecord()).isTrue();
    }

    @Test
    void echoIsOfferedForPasswordsAndWithdrawnAfter() {
        connect(false);
        Bytes.outbound(ch);
        client(IAC, WONT, OPT_TTYPE);
        ch.write(new EchoOff(true));
        ch.flush();
        assertThat(Bytes.outbound(ch)).isEqualTo(Bytes.of(IAC, WILL, OPT_ECHO));
        assertThat(client(IAC, DO, OPT_ECHO)).isEmpty();
        assertThat(caps().echoOff()).isTrue();
        ch.write(new EchoOff(false));
        ch.flush();
        assertThat(Bytes.outbound(ch)).isEqualTo(Bytes.of(IAC, WONT, OPT_ECHO));
        assertThat(client(IAC, DONT, OPT_ECHO)).isEmpty();
        assertThat(caps().echoOff()).isFalse();
        // The client asking us to echo on its own is refused.
        assertThat(client(IAC, DO, OPT_ECHO)).isEqualTo(Bytes.of(IAC, WONT, OPT_ECHO));
    }

    @Test
    void msspSendsTheProvidersVariables() {
        connect(true);
        Bytes.outbound(ch);
        assertThat(client(IAC, DO, OPT_MSSP)).isEqualTo(Bytes.of(IAC, SB, OPT_MSSP,
                MSSP_VAR, "NAME", MSSP_VAL, "Brass", MSSP_VAR, "PLAYERS", MSSP_VAL, "3",
                MSSP_VAR, "CODEBASE", MSSP_VAL, "Brass", MSSP_VAL, "Twisted Reality", IAC, SE));
    }

    @Test
    void msspIsRefusedWithoutAProvider() {
        connect(false);
        Bytes.outbound(ch);
        assertThat(client(IAC, DO, OPT_MSSP)).isEqualTo(Bytes.of(IAC, WONT, OPT_MSSP));
    }

    @Test
    void gmcpCoreMessagesAreHandledAndOthersPassedOn() {
        connect(false);
        Bytes.outbound(ch);
        client(IAC, DO, OPT_GMCP);
        client(IAC, SB, OPT_GMCP, "Core.Hello {\"client\":\"Mudlet\",\"version\":\"4.17\"}", IAC, SE,
                IAC, SB, OPT_GMCP, "Core.Supports.Set [\"Char 1\", \"Room 1\", \"Comm.Channel 1\"]", IAC, SE,
                IAC, SB, OPT_GMCP, "Core.Supports.Remove [\"Comm.Channel\"]", IAC, SE,
                IAC, SB, OPT_GMCP, "Char.Login {\"name\":\"x\"}", IAC, SE,
                IAC, SB, OPT_GMCP, "Core.Supports.Set not json", IAC, SE);
        ClientCapabilities c = caps();
        assertThat(c.gmcp()).isTrue();
        assertThat(c.clientName()).isEqualTo("Mudlet");
        assertThat(c.gmcpPackages()).containsExactlyInAnyOrder("char", "room");
        assertThat(c.acceptsGmcp("Room.Info")).isTrue();
        assertThat(c.acceptsGmcp("Comm.Channel.Text")).isFalse();
        assertThat(c.acceptsGmcp("Core.Goodbye")).isTrue();
        assertThat(received).contains(new GmcpMessage("Char.Login", "{\"name\":\"x\"}"));
        ch.write(new GmcpMessage("Room.Info", "{\"num\":1}"));
        ch.flush();
        assertThat(Bytes.outbound(ch)).isEqualTo(Bytes.of(IAC, SB, OPT_GMCP, "Room.Info {\"num\":1}", IAC, SE));
    }

    @Test
    void mudletsRecordedHelloAcceptsTheMapperAndChannelMessages() {
        connect(false);
        Bytes.outbound(ch);
        // What Mudlet 4.17 sends after the server's WILL GMCP, byte for byte.
        client(IAC, DO, OPT_GMCP);
        client(IAC, SB, OPT_GMCP, "Core.Hello {\"client\":\"Mudlet\",\"version\":\"4.17.2\"}", IAC, SE,
                IAC, SB, OPT_GMCP, "Core.Supports.Set [\"Char 1\", \"Char.Skills 1\", \"Char.Items 1\","
                        + " \"Comm.Channel 1\", \"Room 1\", \"IRE.Rift 1\", \"IRE.Composer 1\","
                        + " \"External.Discord 1\", \"Client.Media 1\"]", IAC, SE);
        ClientCapabilities c = caps();
        assertThat(c.acceptsGmcp("Room.Info")).isTrue();
        assertThat(c.acceptsGmcp("Comm.Channel.List")).isTrue();
        ch.write(brass.protocols.gmcp.Gmcp.commChannelList(java.util.List.of("chat")));
        ch.flush();
        assertThat(Bytes.outbound(ch)).isEqualTo(Bytes.of(IAC, SB, OPT_GMCP,
                "Comm.Channel.List [{\"name\":\"chat\",\"caption\":\"Chat\",\"command\":\"chat\"}]", IAC, SE));
    }

    @Test
    void gmcpPingIsAnswered() {
        connect(false);
        Bytes.outbound(ch);
        client(IAC, DO, OPT_GMCP);
        assertThat(client(IAC, SB, OPT_GMCP, "Core.Ping", IAC, SE)).isEqualTo(Bytes.of(IAC, SB, OPT_GMCP, "Core.Ping", IAC, SE));
    }

    @Test
    void gmcpIsNotWrittenUnlessAgreed() {
        connect(false);
        Bytes.outbound(ch);
        client(IAC, DONT, OPT_GMCP);
        assertThat(ch.write(new GmcpMessage("Room.Info", "{}")).isSuccess()).isTrue();
        ch.flush();
        assertThat(Bytes.outbound(ch)).isEmpty();
    }

    @Test
    void mccp2CompressesEverythingAfterTheStartMarkerAndStopsCleanly() throws Exception {
        connect(false);
        Bytes.outbound(ch);
        byte[] answer = client(IAC, DO, OPT_MCCP2);
        assertThat(answer).isEqualTo(Bytes.of(IAC, SB, OPT_MCCP2, IAC, SE));
        assertThat(caps().compressing()).isTrue();
        ch.writeAndFlush(Unpooled.copiedBuffer("Hello, \u00ff world\r\n", StandardCharsets.ISO_8859_1));
        ch.write(new PromptMark());
        ch.flush();
        byte[] compressed = Bytes.outbound(ch);
        Inflater inflater = new Inflater();
        inflater.setInput(compressed);
        byte[] plain = new byte[256];
        int n = inflater.inflate(plain);
        // Every write is sync-flushed, so the client can show it at once.
        assertThat(new String(plain, 0, n, StandardCharsets.ISO_8859_1))
                .isEqualTo(new String(Bytes.of("Hello, ", IAC, IAC, " world\r\n", IAC, GA), StandardCharsets.ISO_8859_1));
        // DONT: our WONT still goes inside the compressed stream, which then ends properly.
        byte[] afterStop = client(IAC, DONT, OPT_MCCP2);
        inflater.setInput(afterStop);
        n = inflater.inflate(plain);
        assertThat(java.util.Arrays.copyOf(plain, n)).isEqualTo(Bytes.of(IAC, WONT, OPT_MCCP2));
        assertThat(inflater.finished()).as("zlib stream properly ended").isTrue();
        assertThat(inflater.getRemaining()).isZero();
        assertThat(caps().compressing()).isFalse();
        ch.writeAndFlush(Unpooled.copiedBuffer("plain again", StandardCharsets.US_ASCII));
        assertThat(new String(Bytes.outbound(ch), StandardCharsets.US_ASCII)).isEqualTo("plain again");
    }

    @Test
    void mccp2StreamDecodesWithNettysZlibDecoder() {
        connect(false);
        Bytes.outbound(ch);
        byte[] start = client(IAC, DO, OPT_MCCP2);
        assertThat(start).isEqualTo(Bytes.of(IAC, SB, OPT_MCCP2, IAC, SE));
        for (int i = 0; i < 50; i++) {
            ch.writeAndFlush(Unpooled.copiedBuffer("line " + i + "\r\n", StandardCharsets.US_ASCII));
        }
        EmbeddedChannel client = new EmbeddedChannel(new JdkZlibDecoder());
        Bytes.byteByByte(client, Bytes.outbound(ch));
        StringBuilder text = new StringBuilder();
        ByteBuf b;
        while ((b = client.readInbound()) != null) {
            text.append(b.toString(StandardCharsets.US_ASCII));
            b.release();
        }
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            expected.append("line ").append(i).append("\r\n");
        }
        assertThat(text.toString()).isEqualTo(expected.toString());
        client.finishAndReleaseAll();
    }

    @Test
    void aClientThatParrotsOurOffersBackSettlesWithoutLoops() {
        connect(true);
        byte[] offers = Bytes.outbound(ch);
        byte[] answers = client(offers);
        byte[] second = client(answers);
        byte[] third = client(second);
        assertThat(io.netty.buffer.ByteBufUtil.hexDump(third)).as("answers %s then %s",
                io.netty.buffer.ByteBufUtil.hexDump(answers), io.netty.buffer.ByteBufUtil.hexDump(second)).isEmpty();
        assertThat(answers.length + second.length).isLessThanOrEqualTo(offers.length * 3);
    }

    /** A whole Mudlet-like session script gives the same answers and capabilities however it is split. */
    @Test
    void aNegotiationScriptGivesTheSameResultWholeAndByteByByte() {
        byte[] script = Bytes.of(IAC, WILL, OPT_TTYPE, IAC, WILL, OPT_NAWS, IAC, DO, OPT_EOR, IAC, DO, OPT_GMCP,
                IAC, DO, OPT_CHARSET, IAC, DONT, OPT_MCCP2,
                IAC, SB, OPT_NAWS, 0, 120, 0, 50, IAC, SE,
                IAC, SB, OPT_TTYPE, TTYPE_IS, "MUDLET", IAC, SE,
                IAC, SB, OPT_TTYPE, TTYPE_IS, "ANSI-TRUECOLOR", IAC, SE,
                IAC, SB, OPT_TTYPE, TTYPE_IS, "MTTS 271", IAC, SE,
                IAC, SB, OPT_CHARSET, CHARSET_ACCEPTED, "UTF-8", IAC, SE,
                IAC, SB, OPT_GMCP, "Core.Supports.Set [\"Room 1\"]", IAC, SE,
                "say hi\r\n");
        connect(false);
        Bytes.outbound(ch);
        byte[] wholeAnswer = client(script);
        ClientCapabilities wholeCaps = caps();
        List<Object> wholeReceived = List.copyOf(received);
        received.clear();
        connect(false);
        Bytes.outbound(ch);
        ByteArrayOutputStream answers = new ByteArrayOutputStream();
        for (byte b : script) {
            answers.writeBytes(client(new byte[] {b}));
        }
        assertThat(answers.toByteArray()).isEqualTo(wholeAnswer);
        assertThat(caps()).isEqualTo(wholeCaps);
        assertThat(received).filteredOn(String.class::isInstance).containsExactly("say hi");
        assertThat(wholeReceived).filteredOn(String.class::isInstance).containsExactly("say hi");
        assertThat(wholeCaps.width()).isEqualTo(120);
        assertThat(wholeCaps.clientName()).isEqualTo("MUDLET");
        assertThat(wholeCaps.terminalType()).isEqualTo("ANSI-TRUECOLOR");
        assertThat(wholeCaps.colourLevel()).isEqualTo(ColourLevel.TRUECOLOR);
        assertThat(wholeCaps.utf8()).isTrue();
        assertThat(wholeCaps.endOfRecord()).isTrue();
        assertThat(wholeCaps.gmcpPackages()).containsExactly("room");
        assertThat(wholeCaps.compressing()).isFalse();
    }
}
