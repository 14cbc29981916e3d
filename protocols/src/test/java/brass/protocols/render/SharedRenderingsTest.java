package brass.protocols.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedRenderingsTest {

    private static long[] delta(long[] before) {
        long[] now = SharedRenderings.hitsAndMisses();
        return new long[] {now[0] - before[0], now[1] - before[1]};
    }

    @Test
    void oneTextForACrowdIsRenderedOncePerDistinctView() {
        String said = new String("{bold}Alice{/} says, \"Hello, everyone in this crowded common room.\"");
        TextRenderer narrow = new TextRenderer(ColourLevel.ANSI16, 30, TextRenderer.CRLF);
        TextRenderer narrowToo = new TextRenderer(ColourLevel.ANSI16, 30, TextRenderer.CRLF);
        TextRenderer plain = new TextRenderer(ColourLevel.NONE, 30, TextRenderer.CRLF);
        long[] before = SharedRenderings.hitsAndMisses();

        String first = SharedRenderings.line(narrow, said);
        String second = SharedRenderings.line(narrowToo, said);
        String third = SharedRenderings.line(plain, said);

        assertThat(first).isEqualTo(narrow.render(said) + "\r\n").isSameAs(second);
        assertThat(third).isEqualTo(plain.render(said) + "\r\n").isNotEqualTo(first);
        assertThat(delta(before)).containsExactly(1, 2);
    }

    /** A room as two viewers see it is two equal strings: rendered once, the same for both. */
    @Test
    void equalTextThatIsAnotherStringIsRenderedOnceAndComesOutTheSame() {
        TextRenderer r = new TextRenderer(ColourLevel.ANSI256, 80, TextRenderer.CRLF);
        String a = new String("The {bold}Common Room{/}\nYou see a lamp here. " + "Words to wrap. ".repeat(10));
        String b = new String(a);
        long[] before = SharedRenderings.hitsAndMisses();
        String first = SharedRenderings.line(r, a);
        String second = SharedRenderings.line(r, b);
        assertThat(second).isSameAs(first).isEqualTo(r.render(b) + "\r\n");
        assertThat(delta(before)).containsExactly(1, 1);
        // Another view of the equal text is rendered for itself.
        TextRenderer wide = new TextRenderer(ColourLevel.ANSI256, 120, TextRenderer.CRLF);
        assertThat(SharedRenderings.line(wide, new String(a))).isEqualTo(wide.render(a) + "\r\n").isNotEqualTo(first);
        assertThat(delta(before)).containsExactly(1, 2);
    }
}
