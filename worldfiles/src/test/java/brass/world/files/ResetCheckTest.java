package brass.world.files;

import static brass.world.files.TestWorlds.WORLD;
import static brass.world.files.TestWorlds.expect;
import static org.assertj.core.api.Assertions.assertThat;

import brass.world.build.Worlds;
import brass.world.files.definition.ResetDefinition;
import brass.world.files.definition.ResetMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An area's {@code reset:} as the checker reads it, and every mistake it reports, with its position. */
class ResetCheckTest {

    @TempDir
    Path dir;

    private static final String HALL = """
            rooms:
              hall:
                description: A hall.
            """;

    private List<String> check(String... namesAndTexts) {
        return TestWorlds.check(dir, namesAndTexts);
    }

    @Test
    void aResetIsReadWithItsAreaIntervalAndMode() {
        expect(check("world.yaml", WORLD, "a.yaml", "area: Hall\nreset: {every: 1h30m, mode: always}\n" + HALL + "    exits: {down: cellar}\n",
                "b.yaml", "area: Cellar\nreset:\n  every: 10s\n" + HALL.replace("hall", "cellar") + "    exits: {up: hall}\n"));
        var resets = Worlds.definition(dir).resets();
        assertThat(resets.keySet()).containsExactly("Hall", "Cellar");
        ResetDefinition hall = resets.get("Hall");
        assertThat(hall.every()).isEqualTo(Duration.ofMinutes(90));
        assertThat(hall.mode()).isEqualTo(ResetMode.ALWAYS);
        assertThat(resets.get("Cellar").mode()).as("when-empty unless written").isEqualTo(ResetMode.WHEN_EMPTY);
    }

    @Test
    void mistakesInAResetArePointedAtWithSuggestions() {
        expect(check("world.yaml", WORLD,
                        "a.yaml", "area: A\nreset: {evry: 30m, mode: when-emtpy}\n" + HALL,
                        "b.yaml", "area: B\nreset: {every: 30, mode: sometimes}\n",
                        "c.yaml", "area: C\nreset: {every: 2s}\n",
                        "d.yaml", "area: C\nreset: {every: 1m}\n",
                        "e.yaml", "area: E\nreset: [30m]\n",
                        "f.yaml", "area: F\nrest: {every: 30m}\n"),
                "a.yaml:2:1: error: the reset of area 'A' has no interval; add 'every:' and a duration, such as 30m",
                "a.yaml:2:9: error: unknown field 'evry' in the reset of area 'A'; did you mean 'every'?",
                "a.yaml:2:26: error: unknown reset mode 'when-emtpy'; did you mean 'when-empty'?",
                "b.yaml:2:16: error: 'every' of a reset: expected a duration like 500ms, 2s or 1m, found '30'",
                "b.yaml:2:26: error: unknown reset mode 'sometimes'; write always or when-empty",
                "c.yaml:2:16: error: a reset every 2s is too often; resets may be at most one every 10s",
                "d.yaml:2:1: error: area 'C' already has a reset, at c.yaml:2:1; write 'reset:' in one of the area's files only",
                "e.yaml:2:8: error: the reset of area 'E' must be a map of fields, found a list",
                "f.yaml:2:1: error: unknown section 'rest' in f.yaml; did you mean 'reset'?");
    }
}
