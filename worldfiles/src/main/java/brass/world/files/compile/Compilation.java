package brass.world.files.compile;

import brass.world.files.definition.WorldDefinition;
import brass.world.files.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What one run of the {@link WorldCompiler} found: every diagnostic, in the order found (a report
 * sorts them), and the definition when there is no error.
 */
public record Compilation(List<Diagnostic> diagnostics, Optional<WorldDefinition> world) {

    public Compilation {
        diagnostics = List.copyOf(diagnostics);
    }
}
