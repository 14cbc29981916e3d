package brass.world.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example world in docs/WORLD-FILES.md is real: the same files live under
 * src/test/resources/worlds/example, they check without a single diagnostic, and the document
 * shows them exactly.
 */
class ExampleWorldTest {

    static final Path EXAMPLE = DefaultWorldTest.repositoryRoot().resolve("worldfiles/src/test/resources/worlds/example");
    static final Pattern EMBEDDED = Pattern.compile(
            "<!-- example: (\\S+) -->\\n```yaml\\n(.*?)```\\n<!-- end example -->", Pattern.DOTALL);

    @Test
    void theExampleChecksClean() {
        CheckResult result = WorldChecker.check(EXAMPLE);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.world()).isPresent();
    }

    @Test
    void theDocumentShowsExactlyTheExampleFiles() throws IOException {
        String doc = Files.readString(DefaultWorldTest.repositoryRoot().resolve("docs/WORLD-FILES.md"));
        Map<String, String> shown = new TreeMap<>();
        Matcher matcher = EMBEDDED.matcher(doc);
        while (matcher.find()) {
            shown.put(matcher.group(1), matcher.group(2));
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(EXAMPLE)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(EXAMPLE.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        assertThat(shown).isEqualTo(files);
    }
}
