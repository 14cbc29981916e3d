package brass.world.files.diagnostic;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a world. Rendered as
 * {@code file:line:column: error: what is wrong; hint} — the layout of compiler messages, so that
 * editors, {@code grep} and CI logs all understand it.
 *
 * @param severity error or warning
 * @param position where the problem is
 * @param message  what is wrong, in one sentence without a trailing full stop
 * @param hint     how to fix it, when the checker knows ("did you mean 'kitchen'?")
 */
public record Diagnostic(Severity severity, SourcePosition position, String message, Optional<String> hint)
        implements Comparable<Diagnostic> {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    public static Diagnostic error(SourcePosition position, String message) {
        return new Diagnostic(Severity.ERROR, position, message, Optional.empty());
    }

    public static Diagnostic error(SourcePosition position, String message, Optional<String> hint) {
        return new Diagnostic(Severity.ERROR, position, message, hint);
    }

    public static Diagnostic warning(SourcePosition position, String message) {
        return new Diagnostic(Severity.WARNING, position, message, Optional.empty());
    }

    public static Diagnostic warning(SourcePosition position, String message, Optional<String> hint) {
        return new Diagnostic(Severity.WARNING, position, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message with its hint, without the position: what tests usually compare. */
    public String text() {
        return hint.map(h -> message + "; " + h).orElse(message);
    }

    /** Sorted by position, so a report reads top to bottom through each file. */
    @Override
    public int compareTo(Diagnostic other) {
        int byPosition = position.compareTo(other.position);
        return byPosition != 0 ? byPosition : text().compareTo(other.text());
    }

    @Override
    public String toString() {
        return position + ": " + severity.label() + ": " + text();
    }
}
