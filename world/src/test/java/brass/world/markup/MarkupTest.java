package brass.world.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import brass.world.markup.MarkupProblem.Kind;

import java.util.List;
import java.util.Locale;
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
        assertThat(m.problems()).extracting(MarkupProblem::offset, MarkupProblem::kind).containsExactly(
                tuple(3, Kind.UNKNOWN_TAG), tuple(12, Kind.CLOSES_A_SHOWN_TAG), tuple(16, Kind.BAD_COLOUR_NUMBER),
                tuple(25, Kind.BAD_HEX_COLOUR), tuple(34, Kind.CLOSES_A_SHOWN_TAG), tuple(38, Kind.NOT_A_TAG));
        assertThat(m.problems()).extracting(MarkupProblem::toString).containsExactly(
                "at 3: unknown markup tag '{purple}'; write '{{' for a literal brace",
                "at 12: '{/}' closes no open tag; remove it, or write '{{/}' to show it as written",
                "at 16: unknown markup tag '{fg:300}'; colour numbers go from 0 to 255",
                "at 25: unknown markup tag '{#12345}'; write '{{' for a literal brace",
                "at 34: '{/}' closes no open tag; remove it, or write '{{/}' to show it as written",
                "at 38: '{' starts no markup tag; write '{{' for a literal brace");
        assertThat(Markup.check("ok {purple}x{/} {fg:300} {#12345} {/} {unclosed")).isEqualTo(m.problems());
    }

    @Test
    void aCloseWithNothingOpenStandsAloneUnlessItFollowsATagShownAsWritten() {
        assertThat(Markup.check("a{/}")).extracting(MarkupProblem::kind).containsExactly(Kind.CLOSES_NOTHING);
        assertThat(Markup.check("{rd}a{/}{/}")).extracting(MarkupProblem::kind)
                .containsExactly(Kind.UNKNOWN_TAG, Kind.CLOSES_A_SHOWN_TAG, Kind.CLOSES_NOTHING);
        assertThat(Markup.check("a { b{/}")).extracting(MarkupProblem::kind)
                .containsExactly(Kind.NOT_A_TAG, Kind.CLOSES_A_SHOWN_TAG);
        assertThat(Markup.check("{rd}a{reset}{/}")).extracting(MarkupProblem::kind)
                .containsExactly(Kind.UNKNOWN_TAG, Kind.CLOSES_NOTHING);
        assertThat(Markup.check("{rd}a{/}")).filteredOn(MarkupProblem::standsAlone).hasSize(1);
    }

    @Test
    void aTagHoldsNoBraceSoABraceBeforeItsCloseIsShownAndTheNextTagStillCounts() {
        Markup m = Markup.parse("a {b{red}c{/}");
        assertThat(m.spans()).containsExactly(new Span("a {b", Style.PLAIN), new Span("c", RED));
        assertThat(m.problems()).containsExactly(new MarkupProblem(2, "{", Kind.NOT_A_TAG));
    }

    @Test
    void aTagEndsWithinThirtyTwoCharacters() {
        String longest = " ".repeat(Markup.MAX_TAG_LENGTH - 3) + "red";
        assertThat(Markup.parse("{" + longest + "}x").spans()).containsExactly(new Span("x", RED));
        assertThat(Markup.check("{ " + longest + "}x")).containsExactly(new MarkupProblem(0, "{", Kind.NOT_A_TAG));
    }

    @Test
    void colourNumbersAndHexAreAsciiDigits() {
        assertThat(Markup.check("{fg:\u0662}x{bg:#\uff21\uff21\uff21}")).extracting(MarkupProblem::kind)
                .containsExactly(Kind.UNKNOWN_TAG, Kind.BAD_HEX_COLOUR);
        assertThat(Markup.check("{fg:1000}{fg:12a}")).extracting(MarkupProblem::kind)
                .containsExactly(Kind.BAD_COLOUR_NUMBER, Kind.BAD_COLOUR_NUMBER);
    }

    @Test
    void everyKnownTagIsUnderstoodInAnyCase() {
        for (String name : Markup.knownTags()) {
            String opened = name.equals("/") ? "{red}{bold}" : "";
            assertThat(Markup.check(opened + "{" + name + "}x{ " + name.toUpperCase(Locale.ROOT) + " }"))
                    .as(name).isEmpty();
        }
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
