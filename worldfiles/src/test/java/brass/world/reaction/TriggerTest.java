package brass.world.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a {@code says} trigger hears: words, patterns, and a pattern that would never finish. */
class TriggerTest {

    private static Trigger says(String pattern) {
        return new Trigger(Trigger.Kind.SAYS, List.of(), Optional.of(pattern), List.of(), Duration.ZERO, 0);
    }

    @Test
    void wordsAreFoundWholeAndInAnyCase() {
        Trigger t = new Trigger(Trigger.Kind.SAYS, List.of("heart", "clockwork"), Optional.empty(), List.of(),
                Duration.ZERO, 0);
        assertThat(t.matches("Where is the HEART?")).isTrue();
        assertThat(t.matches("a clockwork-mouse")).isFalse();
        assertThat(t.matches("hearts and minds")).isFalse();
    }

    @Test
    void aPatternIsFoundAnywhereInAnyCase() {
        Trigger t = says("^good (morning|evening)");
        assertThat(t.matches("Good Evening, Pembrook")).isTrue();
        assertThat(t.matches("a good morning")).isFalse();
        // the same pattern again, compiled once and reused
        assertThat(says("^good (morning|evening)").matches("good morning")).isTrue();
    }

    @Test
    void aPatternThatBacktracksWithoutEndIsCutOffAndTakenAsNoMatch() {
        // (a+)+b on thirty a's and no b tries about 2^30 ways; the meter stops it at its allowance.
        Trigger t = says("^(a+)+b$");
        long start = System.nanoTime();
        assertThat(t.matches("a".repeat(30) + "!")).isFalse();
        assertThat(t.matches("aaab")).isTrue();
        // Not a timing assertion: a note of what it cost, for whoever reads the test's output.
        System.out.printf("runaway pattern stopped after %.1f ms%n", (System.nanoTime() - start) / 1e6);
    }

    @Test
    void theMeterCountsEveryReadAcrossSubSequences() {
        MeteredText text = new MeteredText("abcdef", 4);
        CharSequence part = text.subSequence(1, 4);
        assertThat(part.charAt(0)).isEqualTo('b');
        assertThat(text.charAt(0)).isEqualTo('a');
        assertThat(part.charAt(2)).isEqualTo('d');
        assertThat(text.charAt(5)).isEqualTo('f');
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> text.charAt(1)).isInstanceOf(MeteredText.Spent.class);
    }
}
