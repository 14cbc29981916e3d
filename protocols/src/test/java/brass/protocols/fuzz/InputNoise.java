package brass.protocols.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What a client can send a text adapter, for the fuzzing properties: text in every script (wide,
 * combining, emoji, C1 and bidirectional controls), invalid UTF-8, the escape sequences and
 * control keys of terminals (whole, cut short, unknown), random bytes and huge pastes.
 */
public final class InputNoise {

    private InputNoise() {
    }

    /** Code points as players type and paste them, with the awkward ones over-represented. */
    public static Arbitrary<String> text() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.integers().between(0x20, 0x7e)),
                Tuple.of(2, Arbitraries.integers().between(0xa0, 0x24f)),
                // combining marks, which join the character before them
                Tuple.of(2, Arbitraries.integers().between(0x300, 0x36f)),
                // wide CJK, two columns each
                Tuple.of(2, Arbitraries.integers().between(0x4e00, 0x4eff)),
                // emoji and the pieces they are built of: modifiers, ZWJ, variation selector, flags
                Tuple.of(2, Arbitraries.of(0x1f600, 0x1f44d, 0x1f3fd, 0x200d, 0xfe0f, 0x1f1ec, 0x1f1e7, 0x2764, 0x1f40d)),
                // C1 controls: CSI (0x9b) and OSC (0x9d) are escape sequences to some terminals
                Tuple.of(1, Arbitraries.integers().between(0x80, 0x9f)),
                Tuple.of(1, Arbitraries.of(0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069, 0x2028, 0x2029, 0x3000,
                        0x1680, 0xa0, 0xfeff, 0xfffd, 0xfffe, 0xffff, 0xe000, 0x10ffff)),
                Tuple.of(1, Arbitraries.integers().between(0, 0x10ffff).filter(c -> c < 0xd800 || c > 0xdfff)));
        return codePoint.list().ofMaxSize(24).map(InputNoise::string);
    }

    /** {@link #text()} encoded as UTF-8. */
    public static Arbitrary<byte[]> utf8() {
        return text().map(s -> s.getBytes(StandardCharsets.UTF_8));
    }

    /** Byte sequences that are not UTF-8: stray continuations, cut sequences, overlong forms, surrogates. */
    public static Arbitrary<byte[]> invalidUtf8() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        bytes(0x80), bytes(0xbf), bytes(0xc0, 0x80), bytes(0xc1, 0xbf), bytes(0xc2), bytes(0xe2, 0x82),
                        bytes(0xf0, 0x9f, 0x98), bytes(0xe0, 0x80, 0x80), bytes(0xe0, 0x80, 0x9b), bytes(0xe0, 0x82, 0x9b),
                        bytes(0xc0, 0x9b), bytes(0xed, 0xa0, 0x80), bytes(0xed, 0xbf, 0xbf), bytes(0xf0, 0x80, 0x80, 0x80),
                        bytes(0xf4, 0x90, 0x80, 0x80), bytes(0xf5, 0x80, 0x80, 0x80), bytes(0xf8, 0x88, 0x80, 0x80, 0x80),
                        bytes(0xfc, 0x84, 0x80, 0x80, 0x80, 0x80), bytes(0xfe), bytes(0xc2, 0x9b), bytes(0xc2, 0x9d),
                        bytes(0xef, 0xbb, 0xbf)),
                Arbitraries.integers().between(0x80, 0xbf).list().ofMinSize(1).ofMaxSize(6).map(InputNoise::bytes));
    }

    /** What terminal keys send: escape sequences (known, unknown, overlong, cut short) and control bytes. */
    public static Arbitrary<byte[]> keys() {
        return Arbitraries.oneOf(
                Arbitraries.of("\u001b[A", "\u001b[B", "\u001b[C", "\u001b[D", "\u001b[H", "\u001b[F", "\u001bOA",
                        "\u001bOD", "\u001bOH", "\u001b[1~", "\u001b[3~", "\u001b[4~", "\u001b[7~", "\u001b[8~",
                        "\u001b[3;5~", "\u001b[1;5C", "\u001b[2~", "\u001b[5~", "\u001b[15~", "\u001b[200~",
                        "\u001b[201~", "\u001b[99Z", "\u001b[" + "9".repeat(40) + "A", "\u001b[;;;;~",
                        "\u001b]0;title\u0007", "\u001b\u001b", "\u001b", "\u001b[", "\u001b[1;", "\u001bO",
                        "\r", "\n", "\r\n", "\r\u0000", "\b", "\u007f", "\t").map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.integers().between(0, 0x1f).map(InputNoise::bytes),
                Arbitraries.integers().between(0, 255).map(b -> bytes(0x1b, b)));
    }

    /** Any bytes at all. */
    public static Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(16);
    }

    /** A paste: one piece of text, keys or bytes repeated into something long, up to {@code maxBytes}. */
    public static Arbitrary<byte[]> paste(Arbitrary<byte[]> unit, int maxBytes) {
        return Combinators.combine(unit.filter(u -> u.length > 0), Arbitraries.integers().between(20, maxBytes))
                .as((u, length) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream(length + u.length);
                    while (out.size() < length) {
                        out.writeBytes(u);
                    }
                    return out.toByteArray();
                });
    }

    /** Chunk sizes for {@link #split}: how the network cut a stream into reads. */
    public static Arbitrary<List<Integer>> chunkSizes() {
        return Arbitraries.integers().between(1, 48).list().ofMinSize(1).ofMaxSize(24);
    }

    /** {@code data} cut into reads of the given sizes, used in turn and over again. */
    public static List<byte[]> split(byte[] data, List<Integer> sizes) {
        List<byte[]> reads = new ArrayList<>();
        int at = 0;
        for (int i = 0; at < data.length; i++) {
            int n = Math.min(sizes.get(i % sizes.size()), data.length - at);
            byte[] read = new byte[n];
            System.arraycopy(data, at, read, 0, n);
            reads.add(read);
            at += n;
        }
        return reads;
    }

    public static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    public static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] bytes(List<Integer> values) {
        return bytes(values.stream().mapToInt(Integer::intValue).toArray());
    }

    private static byte[] bytes(int value) {
        return new byte[] {(byte) value};
    }

    private static String string(List<Integer> codePoints) {
        StringBuilder s = new StringBuilder(codePoints.size() * 2);
        codePoints.forEach(s::appendCodePoint);
        return s.toString();
    }
}
