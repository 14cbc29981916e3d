package brass.world.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small world folders for tests and renders results without the temporary path. */
final class TestWorlds {

    /** A world.yaml for tests: a name, and {@code start: hall}. */
    static final String WORLD = "name: Test\nstart: hall\n";

    /** An area file of one room, {@code hall}, the start room of {@link #WORLD}. */
    static final String HALL = """
            rooms:
              hall:
                description: A hall.
            """;

    private TestWorlds() {
    }

    static Path write(Path folder, String... namesAndTexts) {
        try {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                Path file = folder.resolve(namesAndTexts[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, namesAndTexts[i + 1]);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every diagnostic as {@code file:line:column: severity: text}, with the folder prefix removed. */
    static List<String> lines(Path folder, CheckResult result) {
        String prefix = folder.toString() + folder.getFileSystem().getSeparator();
        return result.diagnostics().stream()
                .map(d -> d.toString().replace(prefix, "").replace(folder.toString(), "WORLD"))
                .toList();
    }

    static List<String> check(Path folder, String... namesAndTexts) {
        write(folder, namesAndTexts);
        return lines(folder, WorldChecker.check(folder));
    }

    /** Asserts the diagnostics are exactly {@code expected}, in order, shown as one text when they are not. */
    static void expect(List<String> actual, String... expected) {
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));
    }
}
