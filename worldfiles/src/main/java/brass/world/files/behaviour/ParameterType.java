package brass.world.files.behaviour;

import java.time.Duration;
import java.util.Locale;

/**
 * The kinds of value a behaviour parameter can take, each with the parse rule builders see in
 * error messages. Parsed values are {@link Duration}, {@link Long}, {@link Double},
 * {@link Boolean} or {@link String}.
 */
public enum ParameterType {
    DURATION("a duration like 500ms, 2s or 1m"),
    INTEGER("a whole number"),
    DECIMAL("a number"),
    BOOLEAN("true or false"),
    TEXT("a string");

    private final String expected;

    ParameterType(String expected) {
        this.expected = expected;
    }

    /** What a value of this type looks like, for "expected ..." messages. */
    public String expected() {
        return expected;
    }

    /** Parses the YAML scalar text, or throws {@link IllegalArgumentException} saying what was expected. */
    public Object parse(String text) {
        try {
            return switch (this) {
                case DURATION -> Durations.parse(text);
                case INTEGER -> Long.parseLong(text.trim().replace("_", ""));
                case DECIMAL -> parseDecimal(text);
                case BOOLEAN -> parseBoolean(text);
                case TEXT -> text;
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + expected + ", found '" + text + "'", e);
        }
    }

    private static double parseDecimal(String text) {
        double value = Double.parseDouble(text.trim().replace("_", ""));
        if (!Double.isFinite(value)) {
            throw new NumberFormatException(text);
        }
        return value;
    }

    private Boolean parseBoolean(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("expected " + expected + ", found '" + text + "'");
        };
    }

    /** Orders two values of this type, for range checks. */
    int compare(Object a, Object b) {
        return switch (this) {
            case DURATION -> ((Duration) a).compareTo((Duration) b);
            case INTEGER -> Long.compare((Long) a, (Long) b);
            case DECIMAL -> Double.compare((Double) a, (Double) b);
            default -> throw new IllegalStateException(this + " has no order");
        };
    }

    /** A value as a builder would write it. */
    public String format(Object value) {
        if (value instanceof Duration duration) {
            return Durations.format(duration);
        }
        if (value instanceof Double number && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString(number.longValue());
        }
        return String.valueOf(value);
    }
}
