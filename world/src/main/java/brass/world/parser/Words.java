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
        String t = text.replace(",", " , ").replaceAll("[.!?;:\"]", " ");
        List<String> out = new ArrayList<>();
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
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
        return word.toLowerCase(Locale.ROOT).replaceAll("[.,!?;]+$", "");
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
