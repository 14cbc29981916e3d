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
        message = oneLine(Objects.requireNonNull(message, "message"));
        hint = Objects.requireNonNull(hint, "hint").map(Diagnostic::oneLine);
    }

    /**
     * Messages quote what the builder wrote (an id, a tag), which may hold a line break or another
     * control character: shown escaped, so that each diagnostic stays one line of the report.
     */
    private static String oneLine(String text) {
        if (text.codePoints().noneMatch(Diagnostic::isControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isControl(c)) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean isControl(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029;
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
