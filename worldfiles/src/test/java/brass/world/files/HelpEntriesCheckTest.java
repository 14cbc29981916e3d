package brass.world.files;

import static brass.world.files.TestWorlds.HALL;
import static brass.world.files.TestWorlds.WORLD;
import static org.assertj.core.api.Assertions.assertThat;

import brass.world.model.HelpEntry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code help:} sections of world files: read into the definition, each mistake reported where it is written. */
class HelpEntriesCheckTest {

    @TempDir
    Path dir;

    @Test
    void entriesAreReadInFileOrderWithTheirTopicsAndReflowedText() {
        TestWorlds.write(dir, "world.yaml", WORLD, "a.yaml", HALL, "help.yaml", """
                help:
                  newcomers:
                    text: >
                      Welcome to the test.
                      Look around.
                  clockwork heart:
                    topics: [objects, newcomers]
                    text: The heart is {bold}somewhere{/}.
                  dark:
                    topics: movement
                    text: It is dark.
                """);
        CheckResult result = WorldChecker.check(dir);
        assertThat(result.report()).doesNotContain("error");
        assertThat(result.world().orElseThrow().help()).containsExactly(
                new HelpEntry("newcomers", List.of(), "Welcome to the test. Look around."),
                new HelpEntry("clockwork heart", List.of("objects", "newcomers"), "The heart is {bold}somewhere{/}."),
                new HelpEntry("dark", List.of("movement"), "It is dark."));
    }

    @Test
    void everyMistakeIsReportedWhereItIsWritten() {
        List<String> lines = TestWorlds.check(dir, "world.yaml", WORLD, "a.yaml", HALL, "help.yaml", """
                help:
                  heart:
                    topic: objects
                    text: The heart.
                  lamp:
                    topics: [objcts, newcomers]
                    text: A lamp.
                  Lamp Oil:
                    text: Oil.
                  empty:
                    topics: objects
                  colour:
                    text: "{rd}Red{/}"
                  plain: just text
                """, "z.yaml", """
                help:
                  heart:
                    text: Another heart.
                """, "c.yaml", """
                help: [a, b]
                """);
        assertThat(String.join("\n", lines)).isEqualTo(String.join("\n",
                "c.yaml:1:7: error: 'help' must be a map from a word to its entry, found a list; write each entry as"
                        + " 'word:' followed by its text: and topics:",
                "help.yaml:3:5: error: unknown field 'topic' in help entry 'heart'; did you mean 'topics'?",
                "help.yaml:6:13: error: unknown help topic 'objcts' in help entry 'lamp'; the topics are newcomers,"
                        + " movement, objects, talking, settings, game, building; did you mean 'objects'?",
                "help.yaml:8:3: error: help entry 'Lamp Oil' must be lower-case words of letters and digits, as a"
                        + " player types it after 'help'",
                "help.yaml:10:3: error: help entry 'empty' has no text; add text: followed by what the entry says",
                "help.yaml:13:12: warning: unknown markup tag '{rd}' in 'text' of help entry 'colour'; did you mean"
                        + " '{red}'?",
                "help.yaml:14:10: error: help entry 'plain' must be a map with text: (and topics:), found 'just text'",
                "z.yaml:2:3: error: help entry 'heart' is written twice; the first is at help.yaml:2:3"));
    }
}
