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
    void overlongLinesAreRefusedWholeWithANoticeNamingTheLimit() {
        List<Object> out = lines(Bytes.of("x".repeat(40), "\nok\n", "y".repeat(17), "\n"), Bytes::byteByByte);
        assertThat(out).containsExactly(new InputNotice("Your line was longer than 16 bytes; it was ignored."), "ok",
                new InputNotice("Your line was longer than 16 bytes; it was ignored."));
        // Exactly the limit is a line.
        allWays(Bytes.of("z".repeat(16), "\n"), "z".repeat(16));
    }

    @Test
    void bidirectionalControlsAndTheByteOrderMarkAreDropped() {
        // Each line is within the decoder's 16 bytes.
        allWays(Bytes.of("\u202eab\u202c\u2066c\u2069\n", "\u2067\u2068d\u200e\u200fe\n",
                "\u202a\u202b\u202dok\u061c\n", "\ufeffno\u00a0bom\n"), "abc", "de", "ok", "no\u00a0bom");
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
        assertThat(out).containsExactly(new InputNotice("Your line was longer than 16 bytes; it was ignored."));
    }
}
