package brass.world.files.behaviour;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as builders write them: {@code 500ms}, {@code 2s}, {@code 1.5s}, {@code 1m},
 * {@code 1m30s}, {@code 2h}. A bare number is refused on purpose: "2" could mean seconds or
 * milliseconds, and guessing wrong makes a cockroach a thousand times too fast.
 */
public final class Durations {

    private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ms|s|m|h))+");
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

    private Durations() {
    }

    /** Parses a duration, or throws {@link IllegalArgumentException} naming the accepted form. */
    public static Duration parse(String text) {
        String trimmed = text.trim();
        if (!WHOLE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("expected a duration like 500ms, 2s or 1m, found '" + text + "'");
        }
        Matcher part = PART.matcher(trimmed);
        double nanos = 0;
        while (part.find()) {
            double amount = Double.parseDouble(part.group(1));
            nanos += amount * switch (part.group(2)) {
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                default -> 3600e9;
            };
        }
        return Duration.ofNanos(Math.round(nanos));
    }

    /** The shortest builder-style text for a duration: {@code 3s}, {@code 500ms}, {@code 1m30s}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis == 0 || millis % 1000 != 0) {
            return millis + "ms";
        }
        long seconds = millis / 1000;
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
            seconds %= 3600;
        }
        if (seconds >= 60) {
            text.append(seconds / 60).append('m');
            seconds %= 60;
        }
        if (seconds > 0) {
            text.append(seconds).append('s');
        }
        return text.toString();
    }
}
