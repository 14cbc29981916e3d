package brass.protocols.render;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.language.Prose;
import brass.world.markup.Markup;
import brass.world.screen.DisplayWidth;
import brass.world.screen.Graphemes;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRendererTest {

    private static final String E = "\u001b[";

    @Test
    void plainLevelHasNoEscapes() {
        assertThat(TextRenderer.render("a {red}b{/} c", ColourLevel.NONE, 0, "\r\n")).isEqualTo("a b c");
    }

    @Test
    void ansi16() {
        assertThat(TextRenderer.render("a {red}b{/} {bright-blue}{bold}c", ColourLevel.ANSI16, 0, "\r\n"))
                .isEqualTo("a " + E + "0;31mb" + E + "0m " + E + "0;1;94mc" + E + "0m");
        assertThat(TextRenderer.render("{bg-green}x", ColourLevel.ANSI16, 0, "\n")).isEqualTo(E + "0;42mx" + E + "0m");
    }

    @Test
    void xterm256AndDowngrades() {
        assertThat(TextRenderer.render("{fg:208}x", ColourLevel.ANSI256, 0, "\n")).isEqualTo(E + "0;38;5;208mx" + E + "0m");
        assertThat(TextRenderer.render("{bg:208}x", ColourLevel.TRUECOLOR, 0, "\n")).isEqualTo(E + "0;48;5;208mx" + E + "0m");
        // 208 is orange (ff8700): nearest basic colour is bright yellow or red; it must be a basic code.
        assertThat(TextRenderer.render("{fg:196}x", ColourLevel.ANSI16, 0, "\n")).isEqualTo(E + "0;91mx" + E + "0m");
        assertThat(TextRenderer.render("{fg:9}x", ColourLevel.ANSI16, 0, "\n")).isEqualTo(E + "0;91mx" + E + "0m");
    }

    @Test
    void truecolorAndDowngrades() {
        assertThat(TextRenderer.render("{#ff8800}x", ColourLevel.TRUECOLOR, 0, "\n")).isEqualTo(E + "0;38;2;255;136;0mx" + E + "0m");
        assertThat(TextRenderer.render("{#ff8800}x", ColourLevel.ANSI256, 0, "\n")).isEqualTo(E + "0;38;5;208mx" + E + "0m");
        assertThat(TextRenderer.render("{#000000}x", ColourLevel.ANSI256, 0, "\n")).isEqualTo(E + "0;38;5;16mx" + E + "0m");
        assertThat(TextRenderer.render("{#808080}x", ColourLevel.ANSI256, 0, "\n")).isEqualTo(E + "0;38;5;244mx" + E + "0m");
        assertThat(TextRenderer.render("{#0000ff}x", ColourLevel.ANSI16, 0, "\n")).isEqualTo(E + "0;34mx" + E + "0m");
        assertThat(TextRenderer.render("{#ffffff}x", ColourLevel.ANSI16, 0, "\n")).isEqualTo(E + "0;97mx" + E + "0m");
    }

    @Test
    void wrapsAtSpacesKeepingWordsAndIgnoringEscapes() {
        String out = TextRenderer.render("the {red}quick brown{/} fox jumps over", ColourLevel.ANSI16, 10, "\r\n");
        assertThat(TextRenderer.visible(out)).isEqualTo("the quick\r\nbrown fox\r\njumps over");
        // colour closes at the end of the line and re-opens on the next
        assertThat(out).startsWith("the " + E + "0;31mquick" + E + "0m\r\n" + E + "0;31mbrown" + E + "0m fox");
    }

    @Test
    void hardBreaksOverlongWords() {
        assertThat(TextRenderer.render("ab abcdefghij", ColourLevel.NONE, 4, "\n")).isEqualTo("ab\nabcd\nefgh\nij");
    }

    @Test
    void keepsExplicitNewlinesAndTrailingNewline() {
        assertThat(TextRenderer.render("one\ntwo\r\n\nthree\n", ColourLevel.NONE, 80, "\r\n"))
                .isEqualTo("one\r\ntwo\r\n\r\nthree\r\n");
        assertThat(TextRenderer.render("", ColourLevel.NONE, 80, "\r\n")).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {2} columns")
    @CsvSource(delimiter = '|', textBlock = """
            ideographs, no spaces           | \u4e2d\u6587\u5b57\u7b26\u6d4b\u8bd5               | 5  | \u4e2d\u6587/\u5b57\u7b26/\u6d4b\u8bd5
            ideographs, one odd column left | \u4e2d\u6587\u5b57                                 | 3  | \u4e2d/\u6587/\u5b57
            English, Chinese and Korean     | Hello \u4e16\u754c and \ud55c\uad6d\uc5b4 text      | 10 | Hello \u4e16\u754c/and \ud55c\uad6d\uc5b4/text
            the same, wider                 | Hello \u4e16\u754c and \ud55c\uad6d\uc5b4 text      | 16 | Hello \u4e16\u754c and/\ud55c\uad6d\uc5b4 text
            decomposed accent fills a line  | cafe\u0301 au lait                                  | 4  | cafe\u0301/au/lait
            accent stays with its letter    | abce\u0301fg                                        | 3  | abc/e\u0301fg
            fullwidth letters               | \uff21\uff22\uff23\uff24                            | 3  | \uff21/\uff22/\uff23/\uff24
            emoji with skin tones           | \ud83d\udc4d\ud83c\udffd\ud83d\udc4d\ud83c\udffd\ud83d\udc4d\ud83c\udffd | 5 | \ud83d\udc4d\ud83c\udffd/\ud83d\udc4d\ud83c\udffd/\ud83d\udc4d\ud83c\udffd
            emoji between words             | I \u2764\ufe0f tea \ud83d\ude00 ok                  | 6  | I \u2764\ufe0f/tea \ud83d\ude00/ok
            a ZWJ family wider than a line  | a \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 b | 4 | a/\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67/b
            """)
    void wrapsMixedTextByColumns(String what, String text, int width, String lines) {
        String out = TextRenderer.render(text, ColourLevel.NONE, width, "/");
        assertThat(out).as(what).isEqualTo(lines);
    }

    @Test
    void aWideWordIsHardBrokenBetweenCharactersInColour() {
        String out = TextRenderer.render("{red}\u6f22\u5b57\u6f22\u5b57{/}", ColourLevel.ANSI16, 5, "\n");
        assertThat(out).isEqualTo(E + "0;31m\u6f22\u5b57" + E + "0m\n" + E + "0;31m\u6f22\u5b57" + E + "0m");
    }

    @Property(tries = 1000)
    void noVisibleLineIsWiderThanTheWidthAndNoLetterIsLost(
            @ForAll @StringLength(max = 200) String text, @ForAll @IntRange(min = 1, max = 40) int width) {
        String safe = text.replace("\r", "").replace("\u001b", "");
        String out = TextRenderer.render("{red}" + Markup.escape(safe), ColourLevel.TRUECOLOR, width, "\n");
        String visible = TextRenderer.visible(out);
        for (String line : visible.split("\n", -1)) {
            assertThat(DisplayWidth.of(line) <= width || Graphemes.split(line).size() == 1)
                    .as("%s fits in %d columns", line, width).isTrue();
        }
        assertThat(visible.replaceAll("[ \n]", "")).isEqualTo(safe.replaceAll("[ \n]", ""));
    }

    /**
     * Mixed scripts at any width: no line is wider than the width unless it holds one cluster that
     * is (a ZWJ family on a line of a few columns); every cluster comes out once, whole, in order.
     */
    @Property(tries = 1000)
    void mixedTextWrapsWithinTheWidthAndKeepsEveryClusterWhole(
            @ForAll("mixed") String text, @ForAll @IntRange(min = 1, max = 30) int width) {
        String out = TextRenderer.visible(TextRenderer.render("{green}" + Markup.escape(text), ColourLevel.ANSI256,
                width, "\n"));
        List<String> shown = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            List<String> lineClusters = Graphemes.split(line);
            assertThat(DisplayWidth.of(line) <= width || lineClusters.size() == 1)
                    .as("%s fits in %d columns", line, width).isTrue();
            shown.addAll(lineClusters);
        }
        shown.removeIf(c -> c.equals(" "));
        List<String> written = Graphemes.split(text);
        written.removeIf(c -> c.equals(" ") || c.equals("\n"));
        assertThat(shown).isEqualTo(written);
    }

    /**
     * Both shortcuts give exactly what the general rendering gives with every code point
     * measured, for every level and width: the short-lines one, and wrapping printable ASCII
     * without measuring it (long lines, long words, runs of spaces, styles across the breaks).
     */
    @Property(tries = 3000)
    void theAsciiShortcutsRenderAsTheMeasuredGeneralWay(@ForAll("styledAscii") String markup,
            @ForAll @IntRange(min = 0, max = 90) int width, @ForAll ColourLevel level) {
        TextRenderer r = new TextRenderer(level, width, "\r\n");
        Markup parsed = Markup.parse(markup);
        String measured = r.renderInFull(parsed, true);
        assertThat(r.render(parsed)).isEqualTo(measured);
        assertThat(r.renderInFull(parsed)).isEqualTo(measured);
    }

    @Test
    void theShortcutTakesOnlyPrintableAsciiLinesThatFit() {
        TextRenderer r = new TextRenderer(ColourLevel.ANSI16, 10, "\r\n");
        assertThat(r.render("{red}Alice{/} says")).isEqualTo(E + "0;31mAlice" + E + "0m says");
        // Lines that fit, each with its style re-opened and reset.
        assertThat(r.render("a\nb")).isEqualTo("a\r\nb");
        assertThat(r.render("{red}a\nb{/}\n")).isEqualTo(E + "0;31ma" + E + "0m\r\n" + E + "0;31mb" + E + "0m\r\n");
        // Too wide, a tab, a carriage return, an accent: the general way, which wraps or measures.
        assertThat(r.render("Alice says hello")).isEqualTo("Alice says\r\nhello");
        assertThat(r.render("ok\nAlice says hello")).isEqualTo("ok\r\nAlice says\r\nhello");
        assertThat(r.render("a\r\nb")).isEqualTo("a\r\nb");
        assertThat(r.render("caf\u00e9")).isEqualTo("caf\u00e9");
    }

    @Provide
    Arbitrary<String> styledAscii() {
        return Arbitraries.of("a", "Alice", "says,", "\"hello\"", " ", "  ", "{red}", "{/}", "{bold}", "{fg:208}",
                        "{bg-green}", "{bright-blue}", "{{", "~", "!", "x".repeat(30), "\n", "\n", "\n\n")
                .list().ofMaxSize(25).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> mixed() {
        return Arbitraries.of("a", "word", "Brass", "\u4e2d", "\u6587", "\ud55c", "\uad6d", "\u00e9", "e\u0301",
                        "\uff21", "\ud83d\ude00", "\ud83d\udc4d\ud83c\udffd", "\u2764\ufe0f",
                        "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "\ud840\udc0b", " ", " ", "  ", "\n")
                .list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    /**
     * A description as a world file holds it, its lines broken where the builder's editor broke
     * them: wrapped as written, the breaks leave one-word lines ("trapdoor", "head"); as the
     * checker reflows it ({@link Prose}), it is one paragraph wrapped at any width.
     */
    @Test
    void worldTextIsWrappedAsParagraphsNotAsTheFilesLines() {
        String written = """
                Barrels line the walls, and the floor is damp stone. A ladder climbs to the trapdoor
                in the kitchen above. The end of a brass laundry chute sticks out of the wall at head
                height. To the north, an iron door is set deep into the rock.
                """;
        assertThat(TextRenderer.render(written.strip(), ColourLevel.NONE, 80, "\n")).isEqualTo("""
                Barrels line the walls, and the floor is damp stone. A ladder climbs to the
                trapdoor
                in the kitchen above. The end of a brass laundry chute sticks out of the wall at
                head
                height. To the north, an iron door is set deep into the rock.""");
        String reflowed = Prose.reflow(written);
        assertThat(TextRenderer.render(reflowed, ColourLevel.NONE, 80, "\n")).isEqualTo("""
                Barrels line the walls, and the floor is damp stone. A ladder climbs to the
                trapdoor in the kitchen above. The end of a brass laundry chute sticks out of
                the wall at head height. To the north, an iron door is set deep into the rock.""");
        assertThat(TextRenderer.render(reflowed, ColourLevel.NONE, 40, "\n")).isEqualTo("""
                Barrels line the walls, and the floor is
                damp stone. A ladder climbs to the
                trapdoor in the kitchen above. The end
                of a brass laundry chute sticks out of
                the wall at head height. To the north,
                an iron door is set deep into the rock.""");
        // A paragraph break is an empty line; an explicit break a new line.
        assertThat(TextRenderer.render(Prose.reflow("{bold}CLOSED{/}\\\nBack at\nnoon.\n\nSorry."),
                ColourLevel.NONE, 40, "\r\n")).isEqualTo("CLOSED\r\nBack at noon.\r\n\r\nSorry.");
    }
}
