package brass.world.files.diagnostic;

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
public final class Problems {

    private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
    private int errors;

    public void error(SourcePosition position, String message) {
        add(Diagnostic.error(position, message));
    }

    public void error(SourcePosition position, String message, Optional<String> hint) {
        add(Diagnostic.error(position, message, hint));
    }

    public void error(SourcePosition position, String message, String hint) {
        add(Diagnostic.error(position, message, Optional.of(hint)));
    }

    public void warning(SourcePosition position, String message) {
        add(Diagnostic.warning(position, message));
    }

    public void warning(SourcePosition position, String message, Optional<String> hint) {
        add(Diagnostic.warning(position, message, hint));
    }

    public void warning(SourcePosition position, String message, String hint) {
        add(Diagnostic.warning(position, message, Optional.of(hint)));
    }

    public synchronized void add(Diagnostic diagnostic) {
        if (diagnostics.add(diagnostic) && diagnostic.isError()) {
            errors++;
        }
    }

    public synchronized boolean hasErrors() {
        return errors > 0;
    }

    public synchronized List<Diagnostic> all() {
        return new ArrayList<>(diagnostics);
    }
}
