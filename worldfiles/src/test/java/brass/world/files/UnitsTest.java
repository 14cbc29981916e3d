package brass.world.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.world.files.behaviour.Durations;
import brass.world.files.diagnostic.Suggestions;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The small pieces: durations, suggestions and directions. */
class UnitsTest {

    @Test
    void durationsAsBuildersWriteThem() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThat(Durations.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(Durations.parse("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(Durations.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("2h")).isEqualTo(Duration.ofHours(2));
        for (String bad : List.of("2", "2 s", "s", "-1s", "1d", "")) {
            assertThatThrownBy(() -> Durations.parse(bad)).hasMessageStartingWith("expected a duration like 500ms");
        }
    }

    @Property(tries = 1000)
    void durationsRoundTrip(@ForAll @LongRange(min = 0, max = 100_000_000) long millis) {
        Duration duration = Duration.ofMillis(millis);
        assertThat(Durations.parse(Durations.format(duration))).isEqualTo(duration);
    }

    @Test
    void suggestionsFindPlausibleTyposOnly() {
        List<String> ids = List.of("kitchen", "cellar", "hall", "brass-cockroach");
        assertThat(Suggestions.nearest("kitchn", ids)).contains("kitchen");
        assertThat(Suggestions.nearest("cellra", ids)).contains("cellar");
        assertThat(Suggestions.nearest("hal", ids)).contains("hall");
        assertThat(Suggestions.nearest("brass-cockraoch", ids)).contains("brass-cockroach");
        assertThat(Suggestions.nearest("attic", ids)).isEmpty();
        assertThat(Suggestions.nearest("x", ids)).isEmpty();
    }
}
