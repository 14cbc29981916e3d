package brass.world.language;

import java.util.Arrays;

/**
 * World text as its writer meant it: paragraphs, not lines. A builder breaks the lines of a
 * description wherever their editor does; players read it at their own width, so the breaks
 * inside a paragraph are only spaces, and the renderer wraps each paragraph again. What survives:
 *
 * <ul>
 *   <li>a blank line, which separates paragraphs (kept as one empty line);</li>
 *   <li>a line ending in a backslash, an explicit break (the backslash goes);</li>
 *   <li>a line that starts with a space or a tab, kept on a line of its own as written (a poem,
 *       a sign, a little map), as YAML's folded style keeps its more-indented lines.</li>
 * </ul>
 *
 * <p>Spaces at the ends of lines go. Text without a line break is returned as it is.
 */
public final class Prose {

    private Prose() {
    }

    /**
     * Reflowed text, and where each of its characters was written: {@code source[i]} is the index
     * in the written text of character {@code i} (for a space or break that joins two lines, the
     * line break it stands for). So a problem found in what players are shown (bad markup) can be
     * pointed at where the builder wrote it.
     */
    public record Reflowed(String text, int[] source) {

        /** Where the character at {@code offset} of the text was written; the text's end maps to the written end. */
        public int sourceOf(int offset) {
            return offset < source.length ? source[offset] : source.length == 0 ? 0 : source[source.length - 1] + 1;
        }
    }

    /** {@code written}, its paragraphs each made one line. */
    public static String reflow(String written) {
        if (written == null || written.indexOf('\n') < 0 && written.indexOf('\r') < 0) {
            return written;
        }
        return reflowed(written).text();
    }

    /** {@code written} reflowed as {@link #reflow} does, with where each character came from. */
    public static Reflowed reflowed(String written) {
        int n = written.length();
        StringBuilder out = new StringBuilder(n);
        int[] source = new int[n + 1];
        int length = 0;
        // What joins the next line of text to what is out already: a space inside a paragraph, a
        // line break after an explicit one or a kept line, an empty line between paragraphs.
        boolean paragraph = false;
        boolean broke = false;
        int joinAt = 0; // the line break a join stands for
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && written.charAt(end) != '\n' && written.charAt(end) != '\r') {
                end++;
            }
            int next = end < n && written.charAt(end) == '\r' && end + 1 < n && written.charAt(end + 1) == '\n'
                    ? end + 2 : end + 1;
            int last = end;
            while (last > start && Character.isWhitespace(written.charAt(last - 1))) {
                last--;
            }
            if (last == start) {
                paragraph = length > 0;
            } else {
                boolean kept = written.charAt(start) == ' ' || written.charAt(start) == '\t';
                boolean breaks = written.charAt(last - 1) == '\\';
                int textEnd = breaks ? last - 1 : last;
                if (breaks) {
                    while (textEnd > start && Character.isWhitespace(written.charAt(textEnd - 1))) {
                        textEnd--;
                    }
                }
                if (length > 0) {
                    String join = paragraph ? "\n\n" : kept || broke ? "\n" : " ";
                    for (int k = 0; k < join.length(); k++) {
                        out.append(join.charAt(k));
                        source[length++] = joinAt;
                    }
                }
                for (int i = start; i < textEnd; i++) {
                    out.append(written.charAt(i));
                    source[length++] = i;
                }
                paragraph = false;
                broke = breaks || kept;
                joinAt = end;
            }
            start = next;
        }
        return new Reflowed(out.toString(), Arrays.copyOf(source, length));
    }
}
