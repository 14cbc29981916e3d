package brass.world.files;

import brass.world.files.diagnostic.Diagnostic;
import brass.world.files.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects diagnostics while checking carries on. A set, because a prototype used by three things
 * would otherwise report its one mistake three times. Thread-safe, because rooms are read in
 * parallel; the order diagnostics arrive in does not matter, as a report sorts them.
 */
final class Problems {

    private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
    private int errors;

    void error(SourcePosition position, String message) {
        add(Diagnostic.error(position, message));
    }

    void error(SourcePosition position, String message, Optional<String> hint) {
        add(Diagnostic.error(position, message, hint));
    }

    void error(SourcePosition position, String message, String hint) {
        add(Diagnostic.error(position, message, Optional.of(hint)));
    }

    void warning(SourcePosition position, String message) {
        add(Diagnostic.warning(position, message));
    }

    void warning(SourcePosition position, String message, Optional<String> hint) {
        add(Diagnostic.warning(position, message, hint));
    }

    void warning(SourcePosition position, String message, String hint) {
        add(Diagnostic.warning(position, message, Optional.of(hint)));
    }

    synchronized void add(Diagnostic diagnostic) {
        if (diagnostics.add(diagnostic) && diagnostic.isError()) {
            errors++;
        }
    }

    synchronized boolean hasErrors() {
        return errors > 0;
    }

    synchronized List<Diagnostic> all() {
        return new ArrayList<>(diagnostics);
    }
}
