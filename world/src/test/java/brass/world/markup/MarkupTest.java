package brass.world.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MarkupTest {

    private static final Style RED = Style.PLAIN.withForeground(new Colour.Basic(1));

    @Test
    void plainTextIsOneSpan() {
        Markup m = Markup.parse("hello");
        assertThat(m.spans()).containsExactly(new Span("hello", Style.PLAIN));
        assertThat(m.problems()).isEmpty();
    }

    @Test
    void colourOpensAndCloses() {
        Markup m = Markup.parse("a {red}warning{/} b");
        assertThat(m.spans()).containsExactly(
                new Span("a ", Style.PLAIN), new Span("warning", RED), new Span(" b", Style.PLAIN));
        assertThat(m.plain()).isEqualTo("a warning b");
    }

    @Test
    void closeRestoresTheInnermost() {
        Markup m = Markup.parse("{red}r{bold}rb{/}r{/}p");
        assertThat(m.spans()).extracting(Span::text).containsExactly("r", "rb", "r", "p");
        assertThat(m.spans().get(1).style().bold()).isTrue();
        assertThat(m.spans().get(1).style().foreground()).isEqualTo(new Colour.Basic(1));
        assertThat(m.spans().get(2).style()).isEqualTo(RED);
        assertThat(m.spans().get(3).style()).isEqualTo(Style.PLAIN);
    }

    @Test
    void allColourForms() {
        Markup m = Markup.parse("{bright-blue}a{/}{bg-red}b{/}{fg:208}c{/}{#ff8800}d{/}{bg:#f80}e{/}{bg:17}f{/}{GREY}g");
        List<Span> s = m.spans();
        assertThat(m.problems()).isEmpty();
        assertThat(s.get(0).style().foreground()).isEqualTo(new Colour.Basic(12));
        assertThat(s.get(1).style().background()).isEqualTo(new Colour.Basic(1));
        assertThat(s.get(2).style().foreground()).isEqualTo(new Colour.Indexed(208));
        assertThat(s.get(3).style().foreground()).isEqualTo(new Colour.Rgb(0xff, 0x88, 0));
        assertThat(s.get(4).style().background()).isEqualTo(new Colour.Rgb(0xff, 0x88, 0));
        assertThat(s.get(5).style().background()).isEqualTo(new Colour.Indexed(17));
        assertThat(s.get(6).style().foreground()).isEqualTo(new Colour.Basic(8));
    }

    @Test
    void doubledBraceIsLiteralAndLoneCloseBraceToo() {
        assertThat(Markup.strip("{{red} and }")).isEqualTo("{red} and }");
        assertThat(Markup.check("{{red} and }")).isEmpty();
    }

    @Test
    void unknownTagsAreShownLiterallyAndReportedWithOffsets() {
        Markup m = Markup.parse("ok {purple}x{/} {fg:300} {#12345} {/} {unclosed");
        // {purple} is unknown, so the {/} after it closes nothing: both are shown as written.
        assertThat(m.plain()).isEqualTo("ok {purple}x{/} {fg:300} {#12345} {/} {unclosed");
        assertThat(m.problems()).extracting(MarkupProblem::offset).containsExactly(3, 12, 16, 25, 34, 38);
        assertThat(m.problems().get(0).message()).contains("unknown tag");
        assertThat(m.problems().get(1).message()).contains("closes nothing");
        assertThat(m.problems().get(2).message()).contains("0-255");
        assertThat(m.problems().get(3).message()).contains("six hex digits");
        assertThat(m.problems().get(5).message()).contains("without a matching");
    }

    @Test
    void resetClosesEverythingAndUnclosedTagsEnd() {
        Markup m = Markup.parse("{red}{bold}x{reset}y");
        assertThat(m.spans().get(1)).isEqualTo(new Span("y", Style.PLAIN));
        assertThat(Markup.parse("{red}x").spans()).containsExactly(new Span("x", RED));
    }

    @Test
    void escapeRoundTrips() {
        assertThat(Markup.strip(Markup.escape("a {red} b {{"))).isEqualTo("a {red} b {{");
    }

    @Property(tries = 1000)
    void parsingNeverThrowsAndStripOfEscapedIsIdentity(@ForAll String text) {
        Markup.parse(text);
        assertThat(Markup.strip(Markup.escape(text))).isEqualTo(text);
    }

    @Property(tries = 1000)
    void spansAreNeverEmpty(@ForAll String text) {
        assertThat(Markup.parse(text).spans()).allSatisfy(s -> assertThat(s.text()).isNotEmpty());
    }
}
