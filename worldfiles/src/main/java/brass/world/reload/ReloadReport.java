package brass.world.reload;

import brass.world.files.CheckResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reload did, or why it did nothing.
 *
 * @param check    the checker's result, when the reload read files (empty when a definition was
 *                 applied directly)
 * @param applied  false when the world had errors: then nothing changed
 * @param added    ids of rooms, doors, things and actors that appeared
 * @param removed  ids that went
 * @param replaced ids remade because the files took away something the model cannot remove
 *                 (a lid, a lock, a flame)
 * @param stopped  behaviours stopped (every one that was running)
 * @param started  behaviours started
 */
public record ReloadReport(Optional<CheckResult> check, boolean applied, List<String> added, List<String> removed,
                           List<String> replaced, int stopped, int started) {

    public ReloadReport {
        Objects.requireNonNull(check, "check");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        replaced = List.copyOf(replaced);
    }

    static ReloadReport refused(CheckResult check) {
        return new ReloadReport(Optional.of(check), false, List.of(), List.of(), List.of(), 0, 0);
    }

    /** What the builder who typed {@code reload} reads. */
    public String message() {
        if (!applied) {
            return "The world was not reloaded: the files have errors, and the old world keeps running.\n"
                    + check.map(CheckResult::report).orElse("");
        }
        StringBuilder out = new StringBuilder("The world has been reloaded: ");
        out.append(added.size()).append(" added, ").append(removed.size()).append(" removed");
        if (!replaced.isEmpty()) {
            out.append(", ").append(replaced.size()).append(" remade");
        }
        out.append("; behaviours: ").append(stopped).append(" stopped, ").append(started).append(" started.");
        if (!added.isEmpty()) {
            out.append("\nAdded: ").append(String.join(", ", added)).append('.');
        }
        if (!removed.isEmpty()) {
            out.append("\nRemoved: ").append(String.join(", ", removed)).append('.');
        }
        check.filter(c -> c.warningCount() > 0).ifPresent(c -> out.append('\n').append(c.report().stripTrailing()));
        return out.toString();
    }
}
