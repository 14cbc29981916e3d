package brass.protocols.telnet;

import static brass.protocols.telnet.Telnet.*;

import brass.protocols.fuzz.InputNoise;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Malformed telnet for the fuzzing properties: what {@link InputNoise} has, plus commands,
 * negotiations of the options Brass speaks (and others), and subnegotiations whose payloads are
 * almost right (a NAWS of five bytes, a TTYPE cycle that never ends, a CHARSET list without UTF-8,
 * GMCP with broken or deeply nested JSON), cut short, unterminated or overlong.
 */
final class TelnetNoise {

    private static final List<Integer> OPTIONS = List.of(OPT_ECHO, OPT_SGA, OPT_TTYPE, OPT_EOR, OPT_NAWS,
            OPT_CHARSET, OPT_MSSP, OPT_MCCP2, OPT_GMCP);

    private TelnetNoise() {
    }

    /** A whole stream: up to 40 pieces of noise, end to end, now and then with a long paste among them. */
    static Arbitrary<byte[]> stream() {
        Arbitrary<byte[]> paste = InputNoise.paste(Arbitraries.oneOf(InputNoise.utf8(), negotiation(), subnegotiation(),
                InputNoise.keys()), 2000);
        Arbitrary<List<byte[]>> pieces = piece().list().ofMaxSize(40);
        return Arbitraries.frequencyOf(
                Tuple.of(9, pieces),
                Tuple.of(1, Combinators.combine(pieces, paste, Arbitraries.integers().between(0, 40))
                        .as((list, p, at) -> {
                            List<byte[]> with = new java.util.ArrayList<>(list);
                            with.add(Math.min(at, with.size()), p);
                            return with;
                        })))
                .map(InputNoise::concat);
    }

    private static Arbitrary<byte[]> piece() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, InputNoise.utf8()),
                Tuple.of(2, InputNoise.invalidUtf8()),
                Tuple.of(3, InputNoise.keys()),
                Tuple.of(2, InputNoise.anyBytes()),
                Tuple.of(2, command()),
                Tuple.of(5, negotiation()),
                Tuple.of(6, subnegotiation()));
    }

    private static Arbitrary<Integer> option() {
        return Arbitraries.oneOf(Arbitraries.of(OPTIONS), Arbitraries.integers().between(0, 255));
    }

    /** IAC and any second byte: GA, AYT, NOP, a stray SE, an escaped 0xFF, a verb with no option. */
    private static Arbitrary<byte[]> command() {
        return Arbitraries.integers().between(0, 255).map(b -> InputNoise.bytes(IAC, b));
    }

    private static Arbitrary<byte[]> negotiation() {
        return Combinators.combine(Arbitraries.of(WILL, WONT, DO, DONT), option())
                .as((verb, option) -> InputNoise.bytes(IAC, verb, option));
    }

    /** IAC SB option payload, then IAC SE, or nothing, or IAC and another command. */
    private static Arbitrary<byte[]> subnegotiation() {
        Arbitrary<byte[]> end = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(InputNoise.bytes(IAC, SE))),
                Tuple.of(1, Arbitraries.just(new byte[0])),
                Tuple.of(1, command()));
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.just(OPT_TTYPE), ttype(), end).as(TelnetNoise::sb),
                Combinators.combine(Arbitraries.just(OPT_NAWS), naws(), end).as(TelnetNoise::sb),
                Combinators.combine(Arbitraries.just(OPT_CHARSET), charset(), end).as(TelnetNoise::sb),
                Combinators.combine(Arbitraries.just(OPT_GMCP), gmcp(), end).as(TelnetNoise::sb),
                Combinators.combine(option(), InputNoise.anyBytes(), end).as(TelnetNoise::sb));
    }

    private static byte[] sb(int option, byte[] payload, byte[] end) {
        // IAC in a payload is doubled, as it should be; the end may be IAC and some other command.
        byte[] escaped = new String(payload, StandardCharsets.ISO_8859_1).replace("\u00ff", "\u00ff\u00ff")
                .getBytes(StandardCharsets.ISO_8859_1);
        return InputNoise.concat(List.of(InputNoise.bytes(IAC, SB, option), escaped, end));
    }

    private static Arbitrary<byte[]> ttype() {
        Arbitrary<String> name = Arbitraries.oneOf(
                Arbitraries.of("MUDLET", "XTERM-256COLOR", "MTTS 2825", "MTTS 9", "MTTS x", "MTTS ", "ANSI", "", "MTTS 99999999999"),
                InputNoise.text(), Arbitraries.strings().ascii().ofMaxLength(100));
        return Combinators.combine(Arbitraries.of(TTYPE_IS, TTYPE_SEND, 7), name)
                .as((sub, n) -> InputNoise.concat(List.of(InputNoise.bytes(sub), n.getBytes(StandardCharsets.UTF_8))));
    }

    private static Arbitrary<byte[]> naws() {
        return Arbitraries.integers().between(0, 255).list().ofMaxSize(6)
                .map(b -> InputNoise.bytes(b.stream().mapToInt(Integer::intValue).toArray()));
    }

    private static Arbitrary<byte[]> charset() {
        Arbitrary<String> list = Arbitraries.of(";UTF-8", " utf8 latin1", ";ISO-8859-1;US-ASCII", "[TTABLE]\u0001;UTF-8",
                "[TTABLE]", ";", "", ";;;", "UTF-8", "|UTF-8|");
        return Combinators.combine(Arbitraries.of(CHARSET_REQUEST, CHARSET_ACCEPTED, CHARSET_REJECTED, 4, 0),
                Arbitraries.oneOf(list, InputNoise.text()))
                .as((sub, l) -> InputNoise.concat(List.of(InputNoise.bytes(sub), l.getBytes(StandardCharsets.UTF_8))));
    }

    private static Arbitrary<byte[]> gmcp() {
        Arbitrary<String> pkg = Arbitraries.of("Core.Hello", "Core.Supports.Set", "Core.Supports.Add",
                "Core.Supports.Remove", "Core.Ping", "Char.Login", "core.hello", "", " ", "Core.Hello.", "Room.Info");
        Arbitrary<String> json = Arbitraries.oneOf(
                Arbitraries.of("{\"client\":\"Mudlet\",\"version\":\"4\"}", "[\"Char 1\",\"Room 1\",\"Comm.Channel 1\"]",
                        "[\"\"]", "[1,2,null,true]", "{}", "[]", "{\"client\":7}", "\"x\"", "{", "[\"a\"", "{\"a\":}",
                        "[\"\\ud800\"]", "[\"\\u00\"]", "nul", "1e99999", "-", "{\"client\":\"" + "x".repeat(200) + "\"}"),
                Arbitraries.integers().between(1, 60).map(depth -> "[".repeat(depth) + "]".repeat(depth)),
                Arbitraries.integers().between(1, 80).map(n -> "[" + "\"Pkg.Name 1\",".repeat(n) + "\"Last 1\"]"),
                InputNoise.text());
        return Combinators.combine(pkg, Arbitraries.of("", " ", "  "), json)
                .as((p, space, j) -> (p + space + j).getBytes(StandardCharsets.UTF_8));
    }
}
