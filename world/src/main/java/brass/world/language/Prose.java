package brass.world.language;

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

    /** {@code written}, its paragraphs each made one line. */
    public static String reflow(String written) {
        if (written == null || written.indexOf('\n') < 0 && written.indexOf('\r') < 0) {
            return written;
        }
        String[] lines = written.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(written.length());
        // What joins the next line of text to what is already out: nothing at the start, a space
        // inside a paragraph, a line break after an explicit one, an empty line between paragraphs.
        String pending = "";
        boolean broke = false;
        for (String raw : lines) {
            String line = raw.stripTrailing();
            if (line.isEmpty()) {
                if (out.length() > 0) {
                    pending = "\n\n";
                }
                continue;
            }
            boolean kept = line.charAt(0) == ' ' || line.charAt(0) == '\t';
            boolean breaks = line.endsWith("\\");
            if (breaks) {
                line = line.substring(0, line.length() - 1).stripTrailing();
            }
            if (out.length() > 0) {
                out.append(pending.equals("\n\n") ? pending : kept || broke ? "\n" : " ");
            }
            out.append(line);
            pending = "";
            // A kept line ends its own line too: the next one starts afresh.
            broke = breaks || kept;
        }
        return out.toString();
    }
}
