package brass.world.files.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void theNearestPlausibleTypoIsSuggested() {
        List<String> rooms = List.of("kitchen", "cellar", "attic", "hall");
        assertThat(Suggestions.nearest("kitchne", rooms)).contains("kitchen");
        assertThat(Suggestions.nearest("CELLAR", rooms)).contains("cellar");
        assertThat(Suggestions.nearest("garden", rooms)).isEmpty();
        assertThat(Suggestions.didYouMean("atic", rooms)).contains("did you mean 'attic'?");
    }

    @Test
    void textThatGrowsInLowerCaseIsComparedWithoutFailing() {
        // 'İ' lower-cases to two chars: the rows sized for the misspelt word must still fit.
        assertThat(Suggestions.nearest("a", List.of("İİ", "b"))).contains("b");
        assertThat(Suggestions.distance("İ", "i", 3)).isLessThanOrEqualTo(3);
    }
}
