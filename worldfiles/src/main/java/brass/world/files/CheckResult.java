package brass.world.files;

import brass.world.files.definition.WorldDefinition;
import brass.world.files.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a world folder: every diagnostic, sorted by file and line, and the
 * definition when (and only when) there are no errors.
 */
public record CheckResult(String folder, List<Diagnostic> diagnostics, Optional<WorldDefinition> world) {

    public CheckResult {
        Objects.requireNonNull(folder, "folder");
        diagnostics = diagnostics.stream().sorted().toList();
        Objects.requireNonNull(world, "world");
        if (world.isPresent() && diagnostics.stream().anyMatch(Diagnostic::isError)) {
            throw new IllegalArgumentException("a world with errors has no definition");
        }
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** The process exit code for {@code brass check}: 0 without errors (warnings allowed), 1 with. */
    public int exitCode() {
        return hasErrors() ? 1 : 0;
    }

    /** One line: "worlds/default: 2 errors, 1 warning" or a count of what was checked. */
    public String summary() {
        if (diagnostics.isEmpty() && world.isPresent()) {
            WorldDefinition w = world.get();
            return folder + ": ok: " + plural(w.rooms().size(), "room") + ", " + plural(w.things().size(), "thing")
                    + ", " + plural(w.actors().size(), "actor") + ", " + plural(w.doors().size(), "door");
        }
        return folder + ": " + plural(errorCount(), "error") + ", " + plural(warningCount(), "warning");
    }

    /** Every diagnostic on its own line, then the summary: what {@code brass check} prints. */
    public String report() {
        StringBuilder text = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            text.append(diagnostic).append('\n');
        }
        return text.append(summary()).append('\n').toString();
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
