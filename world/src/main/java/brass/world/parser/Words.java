package brass.world.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parser's lexical layer: a command line cut into lower-case words. It knows no verb and no
 * thing, so the verb, its arguments and the answer to a question are all cut the same way.
 */
final class Words {

    /** Words that say nothing about which thing is meant. */
    static final Set<String> ARTICLES = Set.of("a", "an", "the", "some", "my");

    private Words() {
    }

    /** Lower-case words, with commas kept as their own token and other punctuation dropped. */
    static List<String> of(String text) {
        return typed(text.toLowerCase(Locale.ROOT));
    }

    /** The words of {@code text} cut as {@link #of} cuts them, in the case they were typed. */
    private static List<String> typed(String text) {
        // By hand, not with replace, replaceAll and split: every command is cut several times
        // on the game loop, and each regular expression was compiled anew. WordsTest holds this
        // to the regular expressions it replaces.
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean comma = c == ',';
            if (comma || isSpace(c) || SENTENCE_MARKS.indexOf(c) >= 0) {
                if (start >= 0) {
                    out.add(text.substring(start, i));
                    start = -1;
                }
                if (comma) {
                    out.add(",");
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    // What typed drops between words, besides white space.
    private static final String SENTENCE_MARKS = ".!?;:\"";

    // What cleaning takes off the end of a word.
    private static final String TRAILING_MARKS = ".,!?;";

    /** Whether {@code c} is white space as a regular expression's {@code \\s} means it (ASCII only). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@code text.split("\\s+", limit)}, for a limit of 0 (no trailing empty strings) or more,
     * without compiling the expression at every call: the same array, empty leading string and all.
     */
    static String[] split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        int index = 0;
        int i = 0;
        boolean found = false;
        while (i < text.length()) {
            if (!isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isSpace(text.charAt(end))) {
                end++;
            }
            found = true;
            if (limit <= 0 || parts.size() < limit - 1) {
                parts.add(text.substring(index, i));
                index = end;
            } else {
                break;
            }
            i = end;
        }
        if (!found || index == 0) {
            return new String[] {text};
        }
        parts.add(text.substring(index));
        int size = parts.size();
        if (limit == 0) {
            while (size > 0 && parts.get(size - 1).isEmpty()) {
                size--;
            }
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /**
     * {@code words} (lower case, from {@link #of}) as the player typed them in {@code line}, joined
     * with spaces: "Bob" stays "Bob" in "You don't see any Bob here.". A word not found in the
     * line is given as it is.
     */
    static String asTyped(String line, List<String> words) {
        List<String> typed = typed(line);
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            String shown = word;
            for (String t : typed) {
                if (t.toLowerCase(Locale.ROOT).equals(word)) {
                    shown = t;
                    break;
                }
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(shown);
        }
        return out.toString();
    }

    /** {@code words} without its articles, in a list of its own that the caller may change. */
    static List<String> withoutArticles(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.removeIf(ARTICLES::contains);
        return out;
    }

    /** One word as a verb or an exit is looked up: lower case, without the punctuation that ends a sentence. */
    static String clean(String word) {
        return withoutTrailing(word.toLowerCase(Locale.ROOT), TRAILING_MARKS);
    }

    /**
     * {@code text.replaceAll("[" + marks + "]+$", "")}, the run of {@code marks} (plain
     * punctuation) at the end taken off, without compiling the expression at every call.
     */
    static String withoutTrailing(String text, String marks) {
        int end = text.length();
        if (end > 0 && isLineTerminator(text.charAt(end - 1))) {
            // "$" also matches before a final line terminator: the rare case keeps the expression.
            return text.replaceAll("[" + marks + "]+$", "");
        }
        while (end > 0 && marks.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == text.length() ? text : text.substring(0, end);
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * A command's words with braces taken out. No verb, exit or name a player types has one, and
     * the parser's answers repeat what was typed ("You don't see any X here."): a brace left in
     * would reach the player's screen as colour markup. What players say is kept whole and
     * escaped where it is shown (the talking actions).
     */
    static String withoutBraces(String text) {
        return text.indexOf('{') < 0 && text.indexOf('}') < 0 ? text : text.replace('{', ' ').replace('}', ' ');
    }

    /** What follows the first {@code words} words of {@code line}, as typed, without the space around it. */
    static String restAfter(String line, int words) {
        String s = line;
        for (int i = 0; i < words; i++) {
            s = s.strip();
            int space = indexOfWhitespace(s);
            s = space < 0 ? "" : s.substring(space);
        }
        return s.strip();
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
