package brass.protocols.telnet;

import static brass.protocols.telnet.Telnet.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TelnetCodecTest {

    private static final byte[] MIXED = Bytes.of("hi", IAC, IAC, "x", IAC, DO, OPT_NAWS, IAC, GA,
            IAC, SB, OPT_NAWS, 0, 80, IAC, IAC, 13, 10, IAC, SE, "end\r\n");

    private static List<Object> expectedMixed() {
        return List.of("hi\u00ffx", new TelnetNegotiation(DO, OPT_NAWS), new TelnetCommand(GA),
                new TelnetSubnegotiation(OPT_NAWS, new byte[] {0, 80, (byte) 0xff, 13, 10}), "end\r\n");
    }

    private static List<Object> decode(java.util.function.Consumer<EmbeddedChannel> feed) {
        EmbeddedChannel ch = new EmbeddedChannel(new TelnetDecoder());
        feed.accept(ch);
        List<Object> out = Bytes.mergeData(Bytes.inbound(ch));
        assertThat(ch.finish()).isFalse();
        return out;
    }

    @Test
    void decodesWholeInput() {
        assertThat(decode(ch -> Bytes.whole(ch, MIXED))).isEqualTo(expectedMixed());
    }

    @Test
    void decodesByteByByte() {
        assertThat(decode(ch -> Bytes.byteByByte(ch, MIXED))).isEqualTo(expectedMixed());
    }

    @Test
    void decodesSplitAtEveryPosition() {
        for (int at = 0; at <= MIXED.length; at++) {
            int split = at;
            assertThat(decode(ch -> Bytes.split(ch, MIXED, split))).as("split at %d", at).isEqualTo(expectedMixed());
        }
    }

    @Test
    void iacAtTheEndOfABufferIsCarriedOver() {
        assertThat(decode(ch -> {
            Bytes.whole(ch, Bytes.of("a", IAC));
            Bytes.whole(ch, Bytes.of(WILL));
            Bytes.whole(ch, Bytes.of(OPT_TTYPE, "b"));
        })).containsExactly("a", new TelnetNegotiation(WILL, OPT_TTYPE), "b");
    }

    @Test
    void subnegotiationWithoutSeIsDroppedAndTheNextCommandStillWorks() {
        assertThat(decode(ch -> Bytes.whole(ch, Bytes.of(IAC, SB, OPT_TTYPE, 0, "xterm", IAC, WILL, OPT_NAWS, "ok"))))
                .containsExactly(new TelnetNegotiation(WILL, OPT_NAWS), "ok");
    }

    @Test
    void overlongSubnegotiationIsDiscardedAndTheStreamRecovers() {
        EmbeddedChannel ch = new EmbeddedChannel(new TelnetDecoder(16));
        Bytes.whole(ch, Bytes.of(IAC, SB, OPT_GMCP, "x".repeat(100), IAC, SE, "after", IAC, SB, OPT_NAWS, 0, 1, 0, 2, IAC, SE));
        assertThat(Bytes.mergeData(Bytes.inbound(ch)))
                .containsExactly("after", new TelnetSubnegotiation(OPT_NAWS, new byte[] {0, 1, 0, 2}));
    }

    @Test
    void encoderDoublesIacInDataAndSubnegotiations() {
        EmbeddedChannel ch = new EmbeddedChannel(new TelnetEncoder());
        ch.writeOutbound(Unpooled.wrappedBuffer(Bytes.of("a", 0xff, "b", 0xff)));
        ch.writeOutbound(new TelnetNegotiation(WILL, OPT_ECHO));
        ch.writeOutbound(new TelnetCommand(GA));
        ch.writeOutbound(new TelnetSubnegotiation(OPT_NAWS, new byte[] {0, (byte) 0xff}));
        assertThat(Bytes.outbound(ch)).isEqualTo(Bytes.of("a", IAC, IAC, "b", IAC, IAC, IAC, WILL, OPT_ECHO, IAC, GA,
                IAC, SB, OPT_NAWS, 0, IAC, IAC, IAC, SE));
    }

    @Property(tries = 300)
    void encodeThenDecodeGivesTheDataBack(@ForAll @Size(max = 300) byte[] data) {
        EmbeddedChannel enc = new EmbeddedChannel(new TelnetEncoder());
        enc.writeOutbound(Unpooled.wrappedBuffer(data));
        byte[] wire = Bytes.outbound(enc);
        EmbeddedChannel dec = new EmbeddedChannel(new TelnetDecoder());
        Bytes.byteByByte(dec, wire);
        List<Object> out = Bytes.mergeData(Bytes.inbound(dec));
        String expected = new String(data, StandardCharsets.ISO_8859_1);
        assertThat(out).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }
}
