package brass.world.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Builders save half-edited files. Whatever state a file is in, the checker must answer with
 * diagnostics, never with an exception, and must never hand out a definition alongside an error.
 */
class RobustnessTest {

    static final Path EXAMPLE = ExampleWorldTest.EXAMPLE;

    @Property(tries = 150)
    void damagedFilesGiveDiagnosticsNotExceptions(
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 0, max = 10_000) Integer> cuts,
            @ForAll @IntRange(min = 0, max = 3) int damage) throws IOException {
        Path dir = Files.createTempDirectory("brass-robust");
        try {
            copyExample(dir);
            Path house = dir.resolve("house.yaml");
            List<String> lines = new ArrayList<>(Files.readAllLines(house));
            for (int cut : cuts) {
                int at = cut % lines.size();
                switch (damage) {
                    case 0 -> lines.remove(at);
                    case 1 -> lines.add(at, lines.get(at));
                    case 2 -> lines.set(at, lines.get(at).replaceFirst(":", ""));
                    default -> lines.set(at, "  " + lines.get(at));
                }
                if (lines.isEmpty()) {
                    break;
                }
            }
            Files.write(house, lines);
            CheckResult result = WorldChecker.check(dir);
            assertThat(result.world().isPresent()).isEqualTo(!result.hasErrors());
            assertThat(result.report()).isNotEmpty();
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void copyExample(Path target) throws IOException {
        try (var walk = Files.walk(EXAMPLE)) {
            for (Path source : walk.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(EXAMPLE.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
            }
        }
    }
}
