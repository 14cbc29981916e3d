package brass.protocols.render;

import brass.world.markup.Colour;
import brass.world.markup.Markup;
import brass.world.markup.Span;
import brass.world.markup.Style;
import brass.world.screen.DisplayWidth;
import brass.world.screen.Graphemes;
import java.util.Arrays;
import java.util.List;

/**
 * Renders markup for one client: colours at its {@link ColourLevel}, wrapped to its width, lines
 * joined with its line ending. Immutable and cheap; make one per client settings change.
 *
 * <p>Wrapping measures terminal columns with {@link DisplayWidth} (a CJK ideograph or an emoji
 * takes two, an accent or a zero-width joiner none, escape codes none), breaks at spaces so that
 * words stay whole, hard-breaks a word wider than the line, and keeps the author's own newlines
 * ({@code \n}, {@code \r\n} or {@code \r}). It only ever breaks between grapheme clusters
 * ({@link Graphemes}), so a surrogate pair, a letter and its accents, or an emoji sequence stays on
 * one line; a single cluster wider than the whole line (only on a line a few columns wide) gets a
 * line of its own. Each output line ends with its style reset and the next line re-opens the
 * style, so a client that loses a line never bleeds colour.
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

    /** True when {@code other} renders every markup to the same text as this one. */
    public boolean sameOutputAs(TextRenderer other) {
        return other == this || other.level == level && other.width == width && other.lineEnding.equals(lineEnding);
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
        String lines = shortAsciiLines(markup.spans());
        return lines != null ? lines : renderInFull(markup);
    }

    /**
     * The common case, cheaply: text that is all printable ASCII (one column a character, no
     * clusters) in lines ({@code \n} only) that each fit the width needs no wrapping: each line is
     * written as it is, its style re-opened at its start and reset at its end, as the general way
     * does. Null when the text is anything else. Most of what a game says is such text: a {@code
     * say} or an arrival rendered for every distinct view in a crowd, a {@code who} page.
     */
    private String shortAsciiLines(List<Span> spans) {
        int total = 0;
        int line = 0;
        for (Span s : spans) {
            String t = s.text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\n') {
                    line = 0;
                } else if (c < ' ' || c > '~') {
                    return null;
                } else if (++line > width && width > 0) {
                    return null;
                }
            }
            total += t.length();
        }
        StringBuilder out = new StringBuilder(total + 16);
        Style current = Style.PLAIN;
        for (Span s : spans) {
            String t = s.text();
            int from = 0;
            while (from < t.length()) {
                int newline = t.indexOf('\n', from);
                int to = newline < 0 ? t.length() : newline;
                if (to > from) {
                    if (level != ColourLevel.NONE && s.style() != current && !s.style().equals(current)) {
                        current = s.style();
                        appendSgr(current, out);
                    }
                    out.append(t, from, to);
                }
                if (newline < 0) {
                    break;
                }
                if (!current.isPlain()) {
                    out.append(ESC).append("0m");
                }
                out.append(lineEnding);
                current = Style.PLAIN;
                from = newline + 1;
            }
        }
        if (!current.isPlain()) {
            out.append(ESC).append("0m");
        }
        return out.toString();
    }

    /** Renders {@code markup} the general way: any text, wrapped; what {@link #render(Markup)} falls back to. */
    String renderInFull(Markup markup) {
        return renderInFull(markup, false);
    }

    /**
     * The general rendering; {@code measureAll} measures every code point's columns and clusters
     * even when the text is printable ASCII (where each is one column and its own cluster): the
     * way the shortcut is held to, in tests.
     */
    String renderInFull(Markup markup, boolean measureAll) {
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
        int[] columns = null;
        boolean[] joins = null;
        if (width > 0) {
            columns = new int[n];
            if (!measureAll && printableAsciiLines(cps, n)) {
                // A room's description and the like: one column a character, no cluster joins
                // (a line ending is never measured: lines are wrapped one at a time).
                Arrays.fill(columns, 1);
                joins = new boolean[n];
            } else {
                for (int i = 0; i < n; i++) {
                    columns[i] = DisplayWidth.of(cps[i]);
                }
                joins = Graphemes.continuations(cps, n);
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
            wrapParagraph(cps, columns, joins, styles, start, end, out);
            if (end == n) {
                break;
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static boolean printableAsciiLines(int[] cps, int n) {
        for (int i = 0; i < n; i++) {
            int c = cps[i];
            if ((c < ' ' || c > '~') && c != '\n') {
                return false;
            }
        }
        return true;
    }

    private void wrapParagraph(int[] cps, int[] columns, boolean[] joins, Style[] styles, int start, int end,
                               StringBuilder out) {
        int s = start;
        while (width > 0) {
            // fit: the end of the whole clusters from s that fill at most `width` columns.
            int used = 0;
            int fit = s;
            while (fit < end) {
                int next = fit + 1;
                int w = columns[fit];
                while (next < end && joins[next]) {
                    w += columns[next++];
                }
                if (used + w > width) {
                    break;
                }
                used += w;
                fit = next;
            }
            if (fit == end) {
                break;
            }
            // The last space at or before the first cluster that does not fit (a space with an
            // accent on it is a letter, not a break).
            int brk = -1;
            for (int j = fit; j > s; j--) {
                if (cps[j] == ' ' && !joins[j] && !(j + 1 < end && joins[j + 1])) {
                    brk = j;
                    break;
                }
            }
            int lineEnd;
            int next;
            if (brk > s) {
                lineEnd = brk;
                while (lineEnd > s && cps[lineEnd - 1] == ' ') {
                    lineEnd--;
                }
                next = brk + 1;
            } else {
                lineEnd = fit;
                if (lineEnd == s) {
                    // One cluster wider than the line: it cannot be cut, so it has the line alone.
                    lineEnd++;
                    while (lineEnd < end && joins[lineEnd]) {
                        lineEnd++;
                    }
                }
                next = lineEnd;
            }
            emitLine(cps, styles, s, lineEnd, out);
            out.append(lineEnding);
            s = next;
            while (s < end && cps[s] == ' ' && !(s + 1 < end && joins[s + 1])) {
                s++;
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
