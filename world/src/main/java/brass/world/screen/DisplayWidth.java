package brass.world.screen;

/**
 * How many terminal columns text takes: the measure every layout in Brass uses (word wrap, the
 * SSH screen, frames). Per code point, never per {@code char}: a character outside the Basic
 * Multilingual Plane (most emoji) is one code point, however many {@code char}s it takes.
 *
 * <ul>
 *   <li>0 for what draws nothing of its own: combining marks (general category Mn, Me), format
 *       characters (Cf: zero-width joiner and space, direction marks, tags), the variation
 *       selectors, Hangul medial vowels and final consonants (they join the syllable before), and
 *       control characters;</li>
 *   <li>2 for East Asian Width W and F: CJK ideographs, kana, Hangul syllables, fullwidth forms,
 *       and the emoji that are shown as emoji by default;</li>
 *   <li>1 for everything else, including East Asian Width A (ambiguous), as terminals outside
 *       CJK locales draw it.</li>
 * </ul>
 *
 * <p>A sequence counts the sum of its code points, as {@code wcwidth} and the terminals that follow
 * it do: {@code "e\u0301"} is 1, {@code "\u2764\uFE0F"} (a heart with the emoji selector) is 1, and
 * a zero-width-joiner family of three people is 6. Terminals that draw such a sequence as one glyph
 * two columns wide then show the line shorter than measured, which never overflows it.
 *
 * <p>The data is {@code WidthTable}, generated from ICU4J (see the package comment for why).
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The columns that one code point takes: 0, 1 or 2. */
    public static int of(int codePoint) {
        if (codePoint < 0x300) {
            // Latin, Greek punctuation and the spacing modifiers: nothing below U+0300 combines or is
            // wide, so most text never reaches the table.
            return codePoint < 0x20 || codePoint >= 0x7f && codePoint < 0xa0 ? 0 : 1;
        }
        if (codePoint > Character.MAX_CODE_POINT) {
            return 1;
        }
        int[] ranges = WidthTable.RANGES;
        int lo = 0;
        int hi = ranges.length - 1;
        // The last range whose first code point is at or below codePoint.
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (ranges[mid] >>> 2 <= codePoint) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return ranges[lo] & 3;
    }

    /** The columns that plain text (no escape sequences) takes. */
    public static int of(CharSequence text) {
        return of(text, 0, text.length());
    }

    /** The columns that {@code text} from {@code start} to {@code end} (char indices) takes. */
    public static int of(CharSequence text, int start, int end) {
        int columns = 0;
        for (int i = start; i < end; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            columns += of(cp);
        }
        return columns;
    }

    /**
     * The longest start of plain {@code text} that is at most {@code columns} wide and made of whole
     * grapheme clusters: no surrogate pair is split, no accent left without its letter. A wide
     * character that would straddle the limit is left out, so the result may be one column short.
     */
    public static String truncate(String text, int columns) {
        if (columns <= 0) {
            return "";
        }
        Graphemes clusters = new Graphemes(text);
        int used = 0;
        int at = 0;
        while (at < text.length()) {
            int end = clusters.end(at);
            int w = of(text, at, end);
            if (used + w > columns) {
                break;
            }
            used += w;
            at = end;
        }
        return at == text.length() ? text : text.substring(0, at);
    }
}
