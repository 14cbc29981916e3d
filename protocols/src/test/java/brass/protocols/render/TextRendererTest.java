package brass.protocols.render;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.markup.Markup;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

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

    @Property
    void noVisibleLineIsWiderThanTheWidthAndNoLetterIsLost(
            @ForAll @StringLength(max = 200) String text, @ForAll @IntRange(min = 1, max = 40) int width) {
        String safe = text.replace("\r", "").replace("\u001b", "");
        String out = TextRenderer.render("{red}" + Markup.escape(safe), ColourLevel.TRUECOLOR, width, "\n");
        String visible = TextRenderer.visible(out);
        for (String line : visible.split("\n", -1)) {
            assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(width);
        }
        assertThat(visible.replaceAll("[ \n]", "")).isEqualTo(safe.replaceAll("[ \n]", ""));
    }
}
