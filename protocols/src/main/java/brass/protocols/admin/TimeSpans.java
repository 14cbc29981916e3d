package brass.protocols.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time as admins type them ({@code 30s}, {@code 30m}, {@code 2h}, {@code 7d},
 * {@code 1d12h}) and as players read them ("1 hour 59 minutes"). Days are allowed here, unlike
 * in world files, because bans last that long.
 */
final class TimeSpans {

    private static final Pattern WHOLE = Pattern.compile("(?:\\d{1,9}[dhms])+");
    private static final Pattern PART = Pattern.compile("(\\d{1,9})([dhms])");

    private TimeSpans() {
    }

    /** The length {@code word} gives, or empty when it is not one. */
    static Optional<Duration> parse(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!WHOLE.matcher(w).matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(w);
        while (part.find()) {
            long n = Long.parseLong(part.group(1));
            total = total.plus(switch (part.group(2)) {
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
            });
        }
        return Optional.of(total);
    }

    /** The two largest units, whole: "7 days", "1 hour 59 minutes", "30 seconds"; under a second "a moment". */
    static String words(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long[] amounts = {s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60};
        String[] units = {"day", "hour", "minute", "second"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < amounts.length && out.size() < 2; i++) {
            if (amounts[i] > 0) {
                out.add(amounts[i] + " " + units[i] + (amounts[i] == 1 ? "" : "s"));
            } else if (!out.isEmpty()) {
                break;
            }
        }
        return out.isEmpty() ? "a moment" : String.join(" ", out);
    }
}
