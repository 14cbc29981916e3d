package brass.world.parser;

import brass.world.model.Direction;
import java.util.List;
import java.util.Locale;

/**
 * Several commands on one line: "n. e. take lamp", "take candle then light it", "take candle,
 * light it", "take lamp and go north". A full stop and "then" always end a command; a comma or
 * "and" ends one only when a verb or a direction follows ("open box and chest" is one command
 * about two things; "s, n" is two). A command whose verb reads the rest of the line as text or a word ("say Hi. Bye.",
 * "tell bob ...", "help take") takes the whole of it.
 *
 * @param first the first command, as typed (blank when the line is)
 * @param rest what follows it, as typed, for the commands after; blank when none
 */
public record Chain(String first, String rest) {

    /** Cuts {@code line} after its first command. */
    static Chain of(String line, Verbs verbs) {
        String s = skipSeparators(line.strip());
        if (s.isEmpty() || s.charAt(0) == '\'' || s.charAt(0) == '"' || s.charAt(0) == ':') {
            return new Chain(s, "");
        }
        List<String> words = Words.of(Words.withoutBraces(s));
        if (!words.isEmpty() && readsTheRest(words, verbs)) {
            return new Chain(s, "");
        }
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '.') {
                return cut(s, i, i + 1);
            }
            if (ch == ',') {
                int next = wordStart(s, i + 1);
                if (wordAt(s, next).equals("then")) {
                    return cut(s, i, next + 4);
                }
                if (verbAt(s, next, verbs)) {
                    return cut(s, i, next);
                }
            }
            if (Character.isLetter(ch) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                String word = wordAt(s, i);
                if (i > 0 && word.equals("then")) {
                    return cut(s, i, i + 4);
                }
                if (i > 0 && word.equals("and") && verbAt(s, wordStart(s, i + 3), verbs)) {
                    return cut(s, i, i + 3);
                }
                i += Math.max(1, word.length());
                continue;
            }
            i++;
        }
        return new Chain(s, "");
    }

    /** Whether the command's verb reads the rest of the line whole: what is said, a name and a message, a word. */
    private static boolean readsTheRest(List<String> words, Verbs verbs) {
        Verb verb = words.size() > 1 ? verbs.exact(Words.clean(words.get(0)) + " " + Words.clean(words.get(1))) : null;
        if (verb == null && Direction.parse(Words.clean(words.get(0))).isPresent()) {
            return false;
        }
        if (verb == null) {
            verb = verbs.lookup(Words.clean(words.get(0))) instanceof Verbs.Lookup.Found found ? found.verb() : null;
        }
        return verb != null && (verb.syntax() == Syntax.TEXT || verb.syntax() == Syntax.RECIPIENT_TEXT
                || verb.syntax() == Syntax.WORD);
    }

    private static Chain cut(String s, int end, int restStart) {
        return new Chain(s.substring(0, end).strip(), skipSeparators(s.substring(Math.min(restStart, s.length())).strip()));
    }

    /** "n.. e": what is left after a separator may begin with another. */
    private static String skipSeparators(String s) {
        String out = s;
        while (!out.isEmpty() && (out.charAt(0) == '.' || out.charAt(0) == ',')) {
            out = out.substring(1).strip();
        }
        return out;
    }

    private static int wordStart(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The word of letters starting at {@code i}, lower case; "" when none starts there. */
    private static String wordAt(String s, int i) {
        int end = i;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        String word = s.substring(Math.min(i, end), end).toLowerCase(Locale.ROOT);
        return end < s.length() && !Character.isWhitespace(s.charAt(end)) && ",.".indexOf(s.charAt(end)) < 0 ? "" : word;
    }

    /** Whether a verb (one word, or two: "pick up") or a direction ("s, n") starts at {@code i}. */
    private static boolean verbAt(String s, int i, Verbs verbs) {
        String first = wordAt(s, i);
        if (first.isEmpty()) {
            return false;
        }
        String second = wordAt(s, wordStart(s, i + first.length()));
        return verbs.exact(first) != null || Direction.parse(first).isPresent()
                || !second.isEmpty() && verbs.exact(first + " " + second) != null;
    }
}
