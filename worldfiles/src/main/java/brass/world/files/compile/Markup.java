package brass.world.files.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import brass.world.files.diagnostic.Suggestions;

/**
 * A local check of colour markup tags in world text ({@code {red}text{/}}, {@code {bold}},
 * {@code {bright-blue}}, {@code {bg-red}}, {@code {fg:208}}, {@code {#ff8800}}, {@code {{} for a
 * literal brace). The renderer lives in {@code brass.world.markup}; this only knows the tag names
 * so the checker can warn about a typo before a player sees raw braces. Text is passed through
 * unchanged either way.
 */
final class Markup {

    static final List<String> COLOURS =
            List.of("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white");
    static final List<String> STYLES = List.of("bold", "dim", "italic", "underline", "blink", "reverse");
    private static final Pattern NUMBERED = Pattern.compile("(?:fg|bg):(\\d{1,3})");
    private static final Pattern HEX = Pattern.compile("(?:bg:)?#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    static final Set<String> NAMES = names();

    private Markup() {
    }

    private static Set<String> names() {
        List<String> names = new ArrayList<>(STYLES);
        for (String colour : COLOURS) {
            names.add(colour);
            names.add("bright-" + colour);
            names.add("bg-" + colour);
            names.add("bg-bright-" + colour);
        }
        names.add("/");
        return Set.copyOf(names);
    }

    /** What is wrong with the markup in {@code text}, one message per bad tag; empty when fine. */
    static List<Problem> problems(String text) {
        List<Problem> problems = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '{') {
                i++;
                continue;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                i += 2;
                continue;
            }
            int close = text.indexOf('}', i);
            int nextOpen = text.indexOf('{', i + 1);
            // As the renderer reads it: a '}' too far away closes no tag of this '{'.
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)
                    || close - i - 1 > brass.world.markup.Markup.MAX_TAG_LENGTH) {
                problems.add(new Problem(i, "'{' starts no markup tag", "write '{{' for a literal brace"));
                i++;
                continue;
            }
            String tag = text.substring(i + 1, close);
            if (!valid(tag)) {
                String hint = NUMBERED.matcher(tag).matches() ? "colour numbers go from 0 to 255"
                        : Suggestions.nearest(tag, NAMES).map(s -> "did you mean '{" + s + "}'?")
                                .orElse("write '{{' for a literal brace");
                problems.add(new Problem(i, "unknown markup tag '{" + tag + "}'", hint));
            }
            i = close + 1;
        }
        return problems;
    }

    private static boolean valid(String tag) {
        if (NAMES.contains(tag) || HEX.matcher(tag).matches()) {
            return true;
        }
        var numbered = NUMBERED.matcher(tag);
        return numbered.matches() && Integer.parseInt(numbered.group(1)) <= 255;
    }

    /** One bad tag, where it starts in the text, and how to fix it. */
    record Problem(int offset, String message, String hint) {
    }
}
