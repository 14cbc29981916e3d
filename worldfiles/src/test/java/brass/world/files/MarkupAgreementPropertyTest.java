package brass.world.files;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.files.definition.RoomDefinition;
import brass.world.files.diagnostic.Diagnostic;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.language.Prose;
import brass.world.markup.Markup;
import brass.world.markup.MarkupProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code bin/brass check} and the renderers read markup alike: for random text in a room's
 * description, the checker warns exactly where the parsing of what players are shown (the text
 * reflowed into paragraphs) finds a problem of its own (a {@code {/}} left over from a tag
 * already reported is not warned about twice), at the file:line:column where it is written and
 * in its words. So a description the checker
 * accepts renders with no problem, and every problem it renders with was reported.
 */
class MarkupAgreementPropertyTest {

    private static final List<String> PIECES = List.of("{", "}", "{{", "}}", "{/}", "{ / }", "{reset}", "{red}",
            "{RED}", "{ red }", "{rd}", "{bldo}", "{bold}", "{grey}", "{bright-blue}", "{bg-bright-grey}",
            "{bg-red}", "{fg-red}", "{bg:red}", "{fg:208}", "{fg:300}", "{fg:1000}", "{bg:17}", "{208}", "{fg:}",
            "{}", "{#f80}", "{#FF8800}", "{bg:#123}", "{#12345}", "{#ggg}", "{fg:#fff}", "{unknown}",
            "{" + "x".repeat(Markup.MAX_TAG_LENGTH) + "}", "{" + "x".repeat(Markup.MAX_TAG_LENGTH - 1) + "}",
            "{red\n}", "{\nbold}", "a", "text", " ", "  ", "\n", "\n\n", ": ", "#", "é", "漢字", "🙂", "\t", "fg:", "bg-");

    private static final String ROOM = " in 'description' of room 'hall'";

    @Provide
    Arbitrary<String> descriptions() {
        Arbitrary<String> pieces = Arbitraries.of(PIECES).list().ofMaxSize(16).map(p -> String.join("", p));
        Arbitrary<String> chars = Arbitraries.strings().withChars("{}/#:- abredgfl0123\n").ofMaxLength(40);
        // The first character is no space or line break, which would change a literal block's indentation.
        return Arbitraries.oneOf(pieces, chars).map(text -> "A " + text);
    }

    @Property(tries = 200)
    void theCheckerWarnsExactlyWhereTheRenderedTextHasAProblem(@ForAll("descriptions") String text) {
        agree(text);
    }

    @Test
    void examples() {
        agree("A {rd}hall{/} with {fg:300}odd{/} light, a stray { brace, {bg-red}fine{/} and {RED}{/}");
        agree("A {bright-rde\n} and {red\n} and {/}\n{ a}{/}{/}");
        agree("A 🙂 {bldo}x\n🙂🙂 {#12345}");
    }

    private static void agree(String text) {
        Path folder = folder();
        try {
            String yaml = "rooms:\n  hall:\n    description: |\n" + text.indent(6);
            CheckResult result = WorldChecker.check(TestWorlds.write(folder, "world.yaml", TestWorlds.WORLD,
                    "a.yaml", yaml));
            String shown = result.world().map(world -> world.room("hall").map(RoomDefinition::description)
                    .orElseThrow()).orElseThrow(() -> new AssertionError(result.report()));
            // Players are shown the text reflowed into paragraphs; a problem in it is pointed at
            // where it is written in the block.
            String written = written(yaml);
            Prose.Reflowed reflowed = Prose.reflowed(written.strip());
            assertThat(shown).isEqualTo(reflowed.text());
            int stripped = written.length() - written.stripLeading().length();
            List<MarkupProblem> rendered = Markup.parse(shown).problems();
            List<Tuple.Tuple2<String, String>> expected = rendered.stream().filter(MarkupProblem::standsAlone)
                    .map(p -> Tuple.of(position(written, stripped + reflowed.sourceOf(p.offset())),
                            asReported(p.message() + ROOM))).toList();
            List<Tuple.Tuple2<String, String>> warned = result.diagnostics().stream()
                    .map(d -> Tuple.of(d.position().line() + ":" + d.position().column(), d.message())).toList();
            assertThat(warned).as(result.report()).isEqualTo(expected);
            if (warned.isEmpty()) {
                assertThat(rendered).as("what the checker accepts renders as written").isEmpty();
            }
            assertThat(Markup.check(shown)).isEqualTo(rendered);
        } finally {
            delete(folder);
        }
    }

    /** The description's text as YAML reads the block, before the checker touches it. */
    @SuppressWarnings("unchecked")
    private static String written(String yaml) {
        Map<String, Object> top = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
        Map<String, Object> rooms = (Map<String, Object>) top.get("rooms");
        return (String) ((Map<String, Object>) rooms.get("hall")).get("description");
    }

    /** A message as a report shows it: one line, a line break in a quoted tag written {@code \n}. */
    private static String asReported(String message) {
        return Diagnostic.warning(new SourcePosition("a.yaml", 1, 1), message).message();
    }

    /** Where the character at {@code offset} of the block's text is in a.yaml, columns counting code points. */
    private static String position(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = 4 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return line + ":" + (7 + text.codePointCount(lineStart, offset));
    }

    private static Path folder() {
        try {
            return Files.createTempDirectory("brass-markup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
