package brass.protocols.render;

import brass.world.markup.Colour;
import brass.world.markup.Markup;
import brass.world.markup.Span;
import brass.world.markup.Style;
import java.util.List;

/**
 * Renders markup for one client: colours at its {@link ColourLevel}, wrapped to its width, lines
 * joined with its line ending. Immutable and cheap; make one per client settings change.
 *
 * <p>Wrapping counts code points (not escape codes, which take no column), breaks at spaces so
 * that words stay whole, hard-breaks a word longer than the width, and keeps the author's own
 * newlines ({@code \n}, {@code \r\n} or {@code \r}). Each output line ends with its style reset
 * and the next line re-opens the style, so a client that loses a line never bleeds colour.
 * Wide (CJK) characters count as one column: a known simplification.
 */
public final class TextRenderer {

    /** Telnet's (and a raw-mode terminal's) line ending. */
    public static final String CRLF = "\r\n";

    private static final String ESC = "\u001b[";

    private final ColourLevel level;
    private final int width;
    private final String lineEnding;

    /**
     * @param width the column count to wrap at; 0 or less means do not wrap
     */
    public TextRenderer(ColourLevel level, int width, String lineEnding) {
        this.level = level;
        this.width = width;
        this.lineEnding = lineEnding;
    }

    public ColourLevel level() {
        return level;
    }

    public int width() {
        return width;
    }

    /** Shorthand for a one-off rendering. */
    public static String render(String markup, ColourLevel level, int width, String lineEnding) {
        return new TextRenderer(level, width, lineEnding).render(Markup.parse(markup));
    }

    public String render(String markup) {
        return render(Markup.parse(markup));
    }

    /** Renders {@code markup}; a trailing newline in the source gives a trailing line ending. */
    public String render(Markup markup) {
        List<Span> spans = markup.spans();
        int total = 0;
        for (Span s : spans) {
            total += s.text().length();
        }
        int[] cps = new int[total];
        Style[] styles = new Style[total];
        int n = 0;
        for (Span s : spans) {
            String t = s.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\r') {
                    if (i < t.length() && t.charAt(i) == '\n') {
                        continue;
                    }
                    cp = '\n';
                }
                cps[n] = cp;
                styles[n] = s.style();
                n++;
            }
        }
        StringBuilder out = new StringBuilder(total + total / 4 + 16);
        int start = 0;
        boolean first = true;
        while (start <= n) {
            int end = start;
            while (end < n && cps[end] != '\n') {
                end++;
            }
            if (!first) {
                out.append(lineEnding);
            }
            first = false;
            wrapParagraph(cps, styles, start, end, out);
            if (end == n) {
                break;
            }
            start = end + 1;
        }
        return out.toString();
    }

    private void wrapParagraph(int[] cps, Style[] styles, int start, int end, StringBuilder out) {
        int s = start;
        if (width > 0) {
            while (end - s > width) {
                int limit = s + width;
                int brk = -1;
                for (int j = limit; j > s; j--) {
                    if (cps[j] == ' ') {
                        brk = j;
                        break;
                    }
                }
                int lineEnd;
                int next;
                if (brk > 0) {
                    lineEnd = brk;
                    while (lineEnd > s && cps[lineEnd - 1] == ' ') {
                        lineEnd--;
                    }
                    next = brk + 1;
                } else {
                    lineEnd = limit;
                    next = limit;
                }
                emitLine(cps, styles, s, lineEnd, out);
                out.append(lineEnding);
                s = next;
                while (s < end && cps[s] == ' ') {
                    s++;
                }
            }
        }
        emitLine(cps, styles, s, end, out);
    }

    private void emitLine(int[] cps, Style[] styles, int start, int end, StringBuilder out) {
        Style current = Style.PLAIN;
        for (int i = start; i < end; i++) {
            if (level != ColourLevel.NONE && styles[i] != current && !styles[i].equals(current)) {
                current = styles[i];
                appendSgr(current, out);
            }
            out.appendCodePoint(cps[i]);
        }
        if (!current.isPlain()) {
            out.append(ESC).append("0m");
        }
    }

    private void appendSgr(Style style, StringBuilder out) {
        out.append(ESC).append('0');
        if (style.bold()) {
            out.append(";1");
        }
        if (style.dim()) {
            out.append(";2");
        }
        if (style.italic()) {
            out.append(";3");
        }
        if (style.underline()) {
            out.append(";4");
        }
        if (style.blink()) {
            out.append(";5");
        }
        if (style.reverse()) {
            out.append(";7");
        }
        if (style.foreground() != null) {
            appendColour(style.foreground(), false, out);
        }
        if (style.background() != null) {
            appendColour(style.background(), true, out);
        }
        out.append('m');
    }

    private void appendColour(Colour c, boolean background, StringBuilder out) {
        if (c instanceof Colour.Basic b) {
            appendBasic(b.index(), background, out);
        } else if (c instanceof Colour.Indexed x) {
            if (level.atLeast(ColourLevel.ANSI256)) {
                out.append(background ? ";48;5;" : ";38;5;").append(x.index());
            } else {
                appendBasic(x.index() < 16 ? x.index() : Palette.nearestBasic(Palette.rgbOfIndex(x.index())), background, out);
            }
        } else {
            Colour.Rgb r = (Colour.Rgb) c;
            if (level == ColourLevel.TRUECOLOR) {
                out.append(background ? ";48;2;" : ";38;2;")
                        .append(r.red()).append(';').append(r.green()).append(';').append(r.blue());
            } else if (level == ColourLevel.ANSI256) {
                out.append(background ? ";48;5;" : ";38;5;").append(Palette.nearestIndex(r.packed()));
            } else {
                appendBasic(Palette.nearestBasic(r.packed()), background, out);
            }
        }
    }

    private static void appendBasic(int index, boolean background, StringBuilder out) {
        int base = index < 8 ? (background ? 40 : 30) : (background ? 100 : 90);
        out.append(';').append(base + (index & 7));
    }

    /** Removes ANSI CSI escape sequences: what the user sees, for tests and width checks. */
    public static String visible(String rendered) {
        return rendered.replaceAll("\u001b\\[[0-9;]*[A-Za-z]", "");
    }
}
