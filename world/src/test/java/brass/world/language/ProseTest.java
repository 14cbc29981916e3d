package brass.world.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void theLinesOfAParagraphBecomeOne() {
        assertThat(Prose.reflow("Barrels line the walls, and the floor is damp stone. A ladder climbs to the trapdoor\n"
                + "in the kitchen above.\n"))
                .isEqualTo("Barrels line the walls, and the floor is damp stone. A ladder climbs to the trapdoor "
                        + "in the kitchen above.");
        assertThat(Prose.reflow("one  \r\ntwo\rthree")).isEqualTo("one two three");
    }

    @Test
    void aBlankLineSeparatesParagraphs() {
        assertThat(Prose.reflow("First paragraph,\nstill the first.\n\n\n  \nSecond\nparagraph.\n\n"))
                .isEqualTo("First paragraph, still the first.\n\nSecond paragraph.");
        assertThat(Prose.reflow("\n\nLeading blank lines go.")).isEqualTo("Leading blank lines go.");
    }

    @Test
    void aBackslashAtTheEndOfALineKeepsItsBreak() {
        assertThat(Prose.reflow("{bold}WELCOME{/}\\\nMind the cockroach. \\\nIt bites\nbuttons."))
                .isEqualTo("{bold}WELCOME{/}\nMind the cockroach.\nIt bites buttons.");
        assertThat(Prose.reflow("A back\\slash inside a line stays.\nJoined."))
                .isEqualTo("A back\\slash inside a line stays. Joined.");
    }

    @Test
    void anIndentedLineIsKeptAsWritten() {
        assertThat(Prose.reflow("The motto reads:\n  I COUNT ONLY\n  THE HOURS THAT TICK\nand the dial\nturns."))
                .isEqualTo("The motto reads:\n  I COUNT ONLY\n  THE HOURS THAT TICK\nand the dial turns.");
    }

    @Test
    void textOnOneLineIsUntouched() {
        assertThat(Prose.reflow("A lamp.  Spaces  stay.")).isEqualTo("A lamp.  Spaces  stay.");
        assertThat(Prose.reflow("")).isEmpty();
        assertThat(Prose.reflow(null)).isNull();
    }

    @Test
    void eachCharacterKnowsWhereItWasWritten() {
        String written = "ab \nc\\\r\nd\n\n e";
        Prose.Reflowed reflowed = Prose.reflowed(written);
        assertThat(reflowed.text()).isEqualTo("ab c\nd\n\n e");
        // a join stands for the line break it replaces; the text's end maps to the written end
        assertThat(reflowed.source()).containsExactly(0, 1, 3, 4, 6, 8, 9, 9, 11, 12);
        assertThat(reflowed.sourceOf(10)).isEqualTo(13);
        assertThat(Prose.reflow(written)).isEqualTo(reflowed.text());
    }
}
