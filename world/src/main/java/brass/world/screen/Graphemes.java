package brass.world.screen;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grapheme clusters: what a reader sees as one character, and so the smallest piece that layout
 * may move to another line or another cell. A letter and its combining accents, a surrogate pair,
 * an emoji with its variation selector or skin tone, a zero-width-joiner sequence, a flag (two
 * regional indicators) and a Hangul syllable spelt in jamo are each one cluster.
 *
 * <p>The boundaries are the JDK's: {@code \X} in {@link java.util.regex} follows the extended
 * grapheme clusters of Unicode's UAX #29, so there is no rule here to keep up to date. Text below
 * U+0300 never combines, so such text is cut per {@code char} without the regex.
 *
 * <p>A cursor over one text: cheap to make, not thread-safe.
 */
public final class Graphemes {

    private static final Pattern CLUSTER = Pattern.compile("\\X");

    private final CharSequence text;
    private Matcher matcher;

    public Graphemes(CharSequence text) {
        this.text = text;
    }

    /** Where the cluster that starts at char index {@code start} ends (exclusive); {@code start < length}. */
    public int end(int start) {
        int length = text.length();
        char c = text.charAt(start);
        if (c < 0x300 && c != '\r' && (start + 1 == length || text.charAt(start + 1) < 0x300)) {
            return start + 1;
        }
        if (matcher == null) {
            matcher = CLUSTER.matcher(text);
        }
        matcher.region(start, length);
        // \X matches at least one char at any position, so lookingAt always succeeds.
        return matcher.lookingAt() && matcher.end() > start ? matcher.end() : start + 1;
    }

    /** The text cut into its clusters, in order: joined again, they are the text. */
    public static java.util.List<String> split(String text) {
        Graphemes cursor = new Graphemes(text);
        java.util.List<String> clusters = new java.util.ArrayList<>();
        for (int at = 0; at < text.length(); ) {
            int end = cursor.end(at);
            clusters.add(text.substring(at, end));
            at = end;
        }
        return clusters;
    }

    /**
     * For each of the first {@code count} code points, whether it continues the cluster begun
     * before it (and so must stay with it).
     */
    public static boolean[] continuations(int[] codePoints, int count) {
        boolean[] joins = new boolean[count];
        boolean simple = true;
        for (int i = 0; i < count && simple; i++) {
            simple = codePoints[i] < 0x300 && codePoints[i] != '\r';
        }
        if (simple) {
            return joins;
        }
        StringBuilder text = new StringBuilder(count + 8);
        for (int i = 0; i < count; i++) {
            text.appendCodePoint(codePoints[i]);
        }
        Graphemes clusters = new Graphemes(text);
        int at = 0;
        int cp = 0;
        while (at < text.length()) {
            int end = clusters.end(at);
            // The first code point of the cluster starts it; the rest continue it.
            at += Character.charCount(codePoints[cp++]);
            while (at < end) {
                joins[cp] = true;
                at += Character.charCount(codePoints[cp++]);
            }
        }
        return joins;
    }
}
