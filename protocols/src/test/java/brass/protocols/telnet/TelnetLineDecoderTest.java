package brass.protocols.telnet;

import static brass.protocols.telnet.Telnet.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class TelnetLineDecoderTest {

    private static List<Object> lines(byte[] input, BiConsumer<EmbeddedChannel, byte[]> feed) {
        EmbeddedChannel ch = new EmbeddedChannel(new TelnetDecoder(), new TelnetLineDecoder(16));
        feed.accept(ch, input);
        List<Object> out = Bytes.inbound(ch);
        ch.finishAndReleaseAll();
        return out;
    }

    private static void allWays(byte[] input, Object... expected) {
        assertThat(lines(input, Bytes::whole)).as("whole").containsExactly(expected);
        assertThat(lines(input, Bytes::byteByByte)).as("byte by byte").containsExactly(expected);
        for (int at = 0; at <= input.length; at++) {
            int split = at;
            assertThat(lines(input, (ch, in) -> Bytes.split(ch, in, split))).as("split at %d", at).containsExactly(expected);
        }
    }

    @Test
    void everyLineEndingEndsExactlyOneLine() {
        allWays(Bytes.of("a\r\nb\r\0c\nd\re\r\n"), "a", "b", "c", "d", "e");
        allWays(Bytes.of("\r\n\r\n"), "", "");
    }

    @Test
    void backspaceAndDeleteEraseWholeCharacters() {
        allWays(Bytes.of("lookx", 8, " r\u00e9", 0x7f, "oom\r\n"), "look room");
        allWays(Bytes.of(8, 8, "a\n"), "a");
    }

    @Test
    void controlCharactersAndArrowKeysAreDropped() {
        allWays(Bytes.of("n", 1, 7, "o\u001b[A", 9, "rth\u001b[1;5C\n"), "north");
    }

    @Test
    void utf8WithLatin1Fallback() {
        allWays(Bytes.of("caf\u00e9 \u2603\n"), "caf\u00e9 \u2603");
        allWays(Bytes.of("caf", 0xe9, "\n"), "caf\u00e9");
    }

    @Test
    void overlongLinesAreCutWithANotice() {
        List<Object> out = lines(Bytes.of("x".repeat(40), "\nok\n"), Bytes::byteByByte);
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).isInstanceOf(InputNotice.class);
        assertThat(out.get(1)).isEqualTo("x".repeat(16));
        assertThat(out.get(2)).isEqualTo("ok");
    }

    @Test
    void telnetCommandsInsideALineAreRemovedBeforeFraming() {
        // A NAWS payload with CR, LF and 0xFF in it must not end or corrupt the line.
        allWays(Bytes.of("lo", IAC, SB, OPT_NAWS, 0, 13, IAC, IAC, 10, IAC, SE, "ok", IAC, IAC, "\r\n"),
                new TelnetSubnegotiation(OPT_NAWS, new byte[] {0, 13, (byte) 0xff, 10}), "look\u00ff");
    }

    @Test
    void noLineHoldsMoreThanTheBound() {
        byte[] big = "y".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        List<Object> out = lines(Bytes.of(big, "\n"), Bytes::whole);
        assertThat(out).hasSize(2);
        assertThat((String) out.get(1)).hasSize(16);
    }
}
