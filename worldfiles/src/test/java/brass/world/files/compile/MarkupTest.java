package brass.world.files.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The checker's markup tags: what it accepts, and what it says about the rest. */
class MarkupTest {

    @Test
    void markupTags() {
        assertThat(Markup.problems("{red}a{/} {bold}{bright-blue}b{/} {bg-red}c {fg:208}d {#ff8800}e {{f} {bg:#fff}"))
                .isEmpty();
        assertThat(Markup.problems("{rde}x{/}")).extracting(Markup.Problem::message, Markup.Problem::hint)
                .containsExactly(Tuple.tuple("unknown markup tag '{rde}'", "did you mean '{red}'?"));
        assertThat(Markup.problems("a { b")).extracting(Markup.Problem::offset).containsExactly(2);
        assertThat(Markup.problems("{fg:256}")).extracting(Markup.Problem::hint)
                .containsExactly("colour numbers go from 0 to 255");
    }
}
