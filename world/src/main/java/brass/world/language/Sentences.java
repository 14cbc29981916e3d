package brass.world.language;

import brass.world.markup.Markup;

/** Sentence-level touches. */
public final class Sentences {

    private Sentences() {
    }

    /**
     * Capitalises the first letter, stepping over leading colour markup such as {@code {red}}
     * so that "{red}the lamp glows.{/}" becomes "{red}The lamp glows.{/}". What is a tag is the
     * markup grammar's to say: a brace it shows as written is where the sentence starts.
     */
    public static String capitalise(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '{') {
                int end = Markup.endOfTag(text, i);
                if (end < 0) {
                    return text; // a brace shown as written: the sentence starts with it
                }
                i = end;
            } else if (Character.isLetter(c)) {
                if (Character.isUpperCase(c)) {
                    return text;
                }
                return text.substring(0, i) + Character.toUpperCase(c) + text.substring(i + 1);
            } else if (Character.isWhitespace(c) || c == '"' || c == '\'') {
                i++;
            } else {
                return text;
            }
        }
        return text;
    }
}
