package brass.world.transcript;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One expected output line of a transcript.
 *
 * @param line where it is written (1-based), for failure messages
 * @param type how it matches
 * @param text the literal text, or the regular expression, or "..." for a wildcard
 */
public record Expected(int line, Type type, String text, Pattern pattern) {

    /** How an expected line matches actual lines. */
    public enum Type {
        /** Exactly this text (trailing spaces ignored). */
        LITERAL,
        /** {@code ~ regex}: one line that the regular expression matches as a whole. */
        REGEX,
        /** {@code ...}: any number of lines, none included. */
        ANY
    }

    public Expected {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    static Expected literal(int line, String text) {
        return new Expected(line, Type.LITERAL, text, null);
    }

    static Expected regex(int line, String regex) {
        return new Expected(line, Type.REGEX, regex, Pattern.compile(regex));
    }

    static Expected any(int line) {
        return new Expected(line, Type.ANY, "...", null);
    }

    /** Whether this (non-wildcard) line accepts {@code actual}. */
    public boolean accepts(String actual) {
        return switch (type) {
            case LITERAL -> text.equals(actual);
            case REGEX -> pattern.matcher(actual).matches();
            case ANY -> true;
        };
    }

    /** The line as the builder wrote it, for diffs. */
    public String written() {
        return switch (type) {
            case LITERAL -> text;
            case REGEX -> "~ " + text;
            case ANY -> "...";
        };
    }
}
