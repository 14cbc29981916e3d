package brass.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadPlanTest {

    private static LoadPlan plan(String prefix, int clients) {
        return new LoadPlan("127.0.0.1", 4000, clients, 10, Duration.ofSeconds(1), 0, Duration.ZERO,
                CommandMix.parse(CommandMix.DEFAULT), true, prefix, "secret-password", Duration.ofSeconds(30),
                OptionalLong.empty(), null);
    }

    @Test
    void everyPlayerHasItsOwnNameOfLettersOnly() {
        LoadPlan p = plan("load", 50_000);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            String n = p.nameOf(i);
            assertThat(n).matches("Load[a-z]{2,}").hasSizeLessThanOrEqualTo(16);
            names.add(n.toLowerCase());
        }
        assertThat(names).hasSize(50_000);
        assertThat(p.nameOf(0)).isEqualTo("Loadaa");
        assertThat(p.nameOf(27)).isEqualTo("Loadbb");
    }

    @Test
    void aWarmUpMayNotBeNegative() {
        assertThatThrownBy(() -> plan("load", 1).withWarmUp(Duration.ofSeconds(-1)))
                .hasMessage("the warm-up must not be negative, not -1 s");
        assertThat(plan("load", 1).withWarmUp(Duration.ofSeconds(5)).warmUp()).hasSeconds(5);
    }

    @Test
    void aPrefixMustBeLetters() {
        assertThatThrownBy(() -> plan("lo4d", 1)).hasMessage("the name prefix must be 1 to 8 ASCII letters, not 'lo4d'");
    }

    @Test
    void theMixIsDrawnByWeight() {
        CommandMix mix = CommandMix.parse("look=3, say=1,who=0");
        Random r = new Random(1);
        int looks = 0;
        for (int i = 0; i < 4000; i++) {
            String k = mix.draw(r);
            assertThat(k).isIn("look", "say");
            looks += k.equals("look") ? 1 : 0;
        }
        assertThat(looks).isBetween(2700, 3300);
        assertThat(mix).hasToString("look=3,say=1,who=0");
    }

    @Test
    void aMixWithMistakesIsRefusedWithTheReason() {
        assertThatThrownBy(() -> CommandMix.parse("lok=3")).hasMessageStartingWith("'lok' is not a command kind; the kinds: look, say");
        assertThatThrownBy(() -> CommandMix.parse("look=x")).hasMessage("the weight of 'look' is not a whole number: look=x");
        assertThatThrownBy(() -> CommandMix.parse("look=0")).hasMessage("the mix 'look=0' names no command with a weight above 0");
    }
}
