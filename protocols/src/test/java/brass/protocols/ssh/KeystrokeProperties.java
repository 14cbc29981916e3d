package brass.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.fuzz.InputNoise;
import brass.protocols.session.PlayerInput;
import brass.world.screen.Graphemes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;

/**
 * Random keystrokes at the SSH line editor, through the key decoder and the full-screen view as
 * a session feeds them: escape sequences whole, unknown or cut between packets, control keys,
 * invalid UTF-8, huge pastes, passwords typed with echo off, resizes. The line stays within its
 * bound and holds only printable characters, the cursor sits between characters, a password is
 * never remembered, and nothing typed is echoed as a control character that the terminal would
 * obey. Tries come from {@code jqwik.tries.default} (see docs/ARCHITECTURE.md, "Fuzzing").
 */
@Tag("fuzz")
class KeystrokeProperties {

    private static final int MAX_LINE = 120;
    private static final int HISTORY = 5;
    private static final String PROMPT = "> ";

    /** One thing the session does: a packet of bytes, echo switched, or the terminal resized. */
    sealed interface Step {
    }

    record Packet(byte[] bytes) implements Step {
        @Override
        public String toString() {
            return "Packet" + java.util.Arrays.toString(bytes);
        }
    }

    record Echo(boolean off) implements Step {
    }

    record Resize(int width, int height) implements Step {
    }

    @Provide
    Arbitrary<List<Step>> sessions() {
        Arbitrary<byte[]> key = Arbitraries.frequencyOf(
                Tuple.of(6, InputNoise.utf8()),
                Tuple.of(2, InputNoise.invalidUtf8()),
                Tuple.of(6, InputNoise.keys()),
                Tuple.of(1, InputNoise.anyBytes()));
        Arbitrary<Step> packet = Arbitraries.frequencyOf(
                Tuple.of(60, key.list().ofMinSize(1).ofMaxSize(8).map(InputNoise::concat)),
                // A paste as big as an SSH packet, in about one session in four.
                Tuple.of(1, InputNoise.paste(Arbitraries.oneOf(InputNoise.utf8(), InputNoise.keys()), 32 * 1024)))
                .map(Packet::new);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(20, packet),
                Tuple.of(2, Arbitraries.of(true, false).map(Echo::new)),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.integers().between(0, 80))
                        .as(Resize::new)));
        return step.list().ofMinSize(1).ofMaxSize(30);
    }

    @Property
    void whateverIsTypedTheLineStaysPrintableAndTheEchoHarmless(@ForAll("sessions") List<Step> steps) {
        LineEditor editor = new LineEditor(MAX_LINE, HISTORY);
        TerminalScreen screen = new TerminalScreen(40, 8, editor);
        KeyDecoder decoder = new KeyDecoder();
        VirtualTerminal vt = new VirtualTerminal(40, 8);
        vt.feed(screen.start());
        vt.feed(screen.prompt(PROMPT));
        boolean echoOff = false;
        Set<String> typedInTheOpen = new HashSet<>();
        for (Step step : steps) {
            String output;
            if (step instanceof Packet p) {
                TerminalScreen.Input input = screen.keys(decoder.decode(p.bytes(), 0, p.bytes().length));
                for (String line : input.lines()) {
                    assertPrintable(line);
                    assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(MAX_LINE);
                    if (!echoOff) {
                        typedInTheOpen.add(line);
                    }
                }
                output = input.output();
            } else if (step instanceof Echo e) {
                echoOff = e.off();
                output = screen.echoOff(echoOff);
            } else {
                Resize r = (Resize) step;
                output = screen.resize(r.width(), r.height());
                vt.resize(screen.width(), screen.height());
            }
            assertHarmless(output);
            vt.feed(output);
            String text = editor.text();
            assertPrintable(text);
            assertThat(editor.length()).isLessThanOrEqualTo(MAX_LINE);
            assertThat(editor.cursor()).isBetween(0, editor.length());
            // The boundaries the editor keeps edit by edit are the ones found afresh.
            List<Integer> starts = clusterStarts(text);
            assertThat(editor.clusterBoundaries()).as("clusters of %s", text).containsExactly(
                    starts.stream().mapToInt(Integer::intValue).toArray());
            assertThat(starts).as("cursor %d in %s", editor.cursor(), text).contains(editor.cursor());
            // The player types on the bottom row, whatever the size and the text.
            assertThat(vt.cursorRow()).isEqualTo(screen.height() - 1);
            assertThat(vt.cursorColumn()).isBetween(0, screen.width() - 1);
        }
        assertThat(editor.history()).hasSizeLessThanOrEqualTo(HISTORY)
                .allSatisfy(entry -> assertThat(entry).isNotBlank().isIn(typedInTheOpen));
    }

    /** Code point indices at which a grapheme cluster starts, and the end of the text. */
    private static List<Integer> clusterStarts(String text) {
        Graphemes clusters = new Graphemes(text);
        List<Integer> starts = new ArrayList<>();
        int codePoints = 0;
        for (int at = 0; at < text.length(); ) {
            starts.add(codePoints);
            int end = clusters.end(at);
            codePoints += text.codePointCount(at, end);
            at = end;
        }
        starts.add(codePoints);
        return starts;
    }

    private static void assertPrintable(String s) {
        assertThat(s.codePoints().filter(PlayerInput::removed).toArray()).as("controls in %s", s).isEmpty();
        // codePoints() gives a lone surrogate as itself.
        assertThat(s.codePoints().filter(c -> c >= 0xd800 && c <= 0xdfff).toArray()).as("a lone surrogate in %s", s).isEmpty();
    }

    /**
     * What the view writes is its own escape sequences (CSI ... letter), CR, LF, and printable
     * text: a control character the player typed would reach the terminal, which would obey it.
     */
    private static void assertHarmless(String output) {
        String text = output.replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
        assertThat(text.codePoints().filter(c -> c != '\r' && c != '\n' && PlayerInput.removed(c)).toArray())
                .as("controls echoed in %s", output).isEmpty();
    }
}
