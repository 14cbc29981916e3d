package brass.protocols.ssh;

import brass.protocols.render.TextRenderer;
import brass.protocols.session.PlayerInput;
import brass.world.screen.DisplayWidth;
import brass.world.screen.Graphemes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The full-screen view of a PTY session, as a pure model: keys in, lines and bytes out; game
 * text in, bytes out. No sockets, no threads: the SSH shell feeds it and writes what it returns,
 * and the tests drive it directly.
 *
 * <p>Layout, with {@code h} rows: rows 1 to h-2 are the output region, made a scroll region with
 * DECSTBM ({@code ESC[1;h-2r}) so that new text scrolls it and only it; row h-1 is the status
 * line in reverse video; row h is the input line with the prompt. Output is added at the bottom
 * of the region by moving there and writing CR LF + the line, so the terminal does the scrolling.
 * After every change the cursor is put back where the player is typing.
 *
 * <p>Game text arrives rendered by the shared {@link TextRenderer} (colours, wrapped to the
 * width); the screen hard-splits a line that is still too wide (text rendered before a resize
 * reached the game). The last lines are kept, bounded, so that a resize or Ctrl-L can repaint
 * the region. Widths are terminal columns ({@link DisplayWidth}: a CJK ideograph or an emoji takes
 * two, an accent none), as {@link TextRenderer} measures them, and text is only ever cut between
 * grapheme clusters, so a wide character never straddles the edge of the screen.
 */
public final class TerminalScreen implements ShellView {

    /** What a batch of keys produced: complete lines for the game, and bytes for the terminal. */
    public record Input(List<String> lines, String output, boolean endOfInput) {
    }

    public static final int MIN_WIDTH = 10;
    public static final int MAX_WIDTH = 1000;
    public static final int MIN_HEIGHT = 3;
    public static final int MAX_HEIGHT = 500;
    static final String CSI = "\u001b[";
    private static final int MAX_KEPT_LINES = 1000;
    private static final int MAX_KEPT_CHARS = 512 * 1024;

    private final LineEditor editor;
    private final Deque<String> kept = new ArrayDeque<>();
    private int keptChars;
    private int width;
    private int height;
    private String prompt = "";
    private int promptWidth;
    private boolean echoOff;
    private int scrollOffset;
    private Status status = Status.LOGGING_IN;
    private boolean suspended;

    public TerminalScreen(int width, int height, LineEditor editor) {
        this.editor = editor;
        this.width = clamp(width, MIN_WIDTH, MAX_WIDTH);
        this.height = clamp(height, MIN_HEIGHT, MAX_HEIGHT);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The text the player is typing (for tests). */
    public LineEditor editor() {
        return editor;
    }

    /** The bytes that set the screen up: clear, scroll region, status and input lines. */
    public String start() {
        return repaint();
    }

    /** The bytes that hand the terminal back: the whole screen scrolls again, cursor at the bottom. */
    public String finish() {
        return CSI + "r" + CSI + height + ";1H" + CSI + "2K" + "\r\n";
    }

    /**
     * Another painter (a full-screen animation) takes the terminal: from now on this view draws
     * nothing (game text is still kept, the status and prompt still remembered) and every key
     * becomes a line of its own, until {@link #resume}. Returns the bytes that leave the terminal
     * plain for the painter: default colours, the whole screen scrolling.
     */
    public String suspend() {
        if (suspended) {
            return "";
        }
        suspended = true;
        return CSI + "0m" + CSI + "r";
    }

    /** The view takes the terminal back: cursor shown, everything cleared and drawn again. */
    public String resume() {
        if (!suspended) {
            return "";
        }
        suspended = false;
        return CSI + "?25h" + repaint();
    }

    /** True between {@link #suspend} and {@link #resume}. */
    public boolean isSuspended() {
        return suspended;
    }

    /** Game text (rendered, lines ended with CR LF) added to the output region. */
    public String output(String rendered) {
        List<String> lines = splitLines(rendered);
        if (lines.isEmpty()) {
            return "";
        }
        if (suspended) {
            lines.forEach(this::keep);
            return "";
        }
        StringBuilder out = new StringBuilder(rendered.length() + 32 * lines.size());
        out.append(CSI).append(regionBottom()).append(";1H");
        for (String line : lines) {
            keep(line);
            for (String row : fit(line, width)) {
                out.append("\r\n").append(row);
            }
        }
        return out.append(inputLine()).toString();
    }

    /** A new prompt (rendered) for the input line. */
    public String prompt(String rendered) {
        prompt = rendered.replace("\r", "").replace("\n", "");
        promptWidth = visibleWidth(prompt);
        return suspended ? "" : inputLine();
    }

    /** Echo off (a password is being typed): the input line shows nothing of the text. */
    public String echoOff(boolean off) {
        echoOff = off;
        return suspended ? "" : inputLine();
    }

    public String status(Status newStatus) {
        if (newStatus.equals(status)) {
            return "";
        }
        status = newStatus;
        return suspended ? "" : statusLine() + inputLine();
    }

    /**
     * The terminal changed size: everything is laid out again. While suspended only the size is
     * taken (the painter owns the screen); {@link #resume} lays out at the new size.
     */
    public String resize(int newWidth, int newHeight) {
        width = clamp(newWidth, MIN_WIDTH, MAX_WIDTH);
        height = clamp(newHeight, MIN_HEIGHT, MAX_HEIGHT);
        return suspended ? "" : repaint();
    }

    /**
     * Applies keys; returns the lines entered and what to send back (the echo of editing). While
     * suspended nothing is edited or echoed: each printable key is a one-character line, Enter
     * and Ctrl-L an empty line (the painter repaints), Ctrl-C and Ctrl-D the line {@code q}.
     */
    public Input keys(List<Key> keys) {
        if (suspended) {
            List<String> lines = new ArrayList<>(keys.size());
            for (Key key : keys) {
                if (key instanceof Key.Char c) {
                    lines.add(Character.toString(c.codePoint()));
                } else if (key instanceof Key.Control k) {
                    switch (k.kind()) {
                        case ENTER, REDRAW -> lines.add("");
                        case CANCEL, EOF -> lines.add("q");
                        default -> {
                            // arrows and editing keys mean nothing to a painter
                        }
                    }
                }
            }
            return new Input(lines, "", false);
        }
        List<String> lines = new ArrayList<>(1);
        StringBuilder out = new StringBuilder();
        boolean dirty = false;
        boolean eof = false;
        for (Key key : keys) {
            LineEditor.Effect effect = editor.apply(key, echoOff);
            if (effect instanceof LineEditor.Effect.Edited) {
                dirty = true;
            } else if (effect instanceof LineEditor.Effect.Entered entered) {
                lines.add(entered.line());
                // The command joins the scrollback, as it would in a MUD client; never a password.
                String shown = echoOff ? prompt : prompt + entered.line();
                out.append(output(shown + TextRenderer.CRLF));
                dirty = false;
            } else if (effect instanceof LineEditor.Effect.TooLong tooLong) {
                out.append(output("[" + PlayerInput.tooLong(tooLong.limit(), "characters") + "]" + TextRenderer.CRLF));
                dirty = false;
            } else if (effect instanceof LineEditor.Effect.Redraw) {
                out.append(repaint());
                dirty = false;
            } else if (effect instanceof LineEditor.Effect.EndOfInput) {
                eof = true;
            }
        }
        if (dirty) {
            out.append(inputLine());
        }
        return new Input(lines, out.toString(), eof);
    }

    /** Clears and draws everything: the kept output at the new size, status, input. */
    public String repaint() {
        StringBuilder out = new StringBuilder();
        out.append(CSI).append("0m").append(CSI).append("r").append(CSI).append("2J");
        out.append(CSI).append("1;").append(regionBottom()).append('r');
        int rows = regionBottom();
        List<String> tail = new ArrayList<>();
        var it = kept.descendingIterator();
        while (it.hasNext() && tail.size() < rows) {
            List<String> fitted = fit(it.next(), width);
            for (int i = fitted.size() - 1; i >= 0 && tail.size() < rows; i--) {
                tail.add(0, fitted.get(i));
            }
        }
        int row = rows - tail.size() + 1;
        for (String line : tail) {
            out.append(CSI).append(row++).append(";1H").append(line);
        }
        return out.append(statusLine()).append(inputLine()).toString();
    }

    private int regionBottom() {
        return Math.max(1, height - 2);
    }

    private String statusLine() {
        String players = status.playersOnline() + (status.playersOnline() == 1 ? " player" : " players");
        String left = " " + status.room();
        int leftWidth = DisplayWidth.of(left);
        // On a narrow terminal the time goes first, then the player count: the room matters most.
        String right = "";
        for (String candidate : new String[] {
                players + (status.time().isEmpty() ? "" : "  " + status.time()) + " ", players + " "}) {
            if (leftWidth + DisplayWidth.of(candidate) <= width) {
                right = candidate;
                break;
            }
        }
        int rightWidth = DisplayWidth.of(right);
        String shownLeft = DisplayWidth.truncate(left, width - rightWidth);
        // A wide character cut at the edge leaves a column over, which the padding fills.
        String line = shownLeft + " ".repeat(width - DisplayWidth.of(shownLeft) - rightWidth) + right;
        return CSI + (height - 1) + ";1H" + CSI + "0;7m" + line + CSI + "0m";
    }

    /** Redraws the input line and puts the cursor where the player types. */
    private String inputLine() {
        // Keep the last column free so the cursor never sits in a pending-wrap state.
        int room = Math.max(1, width - promptWidth - 1);
        StringBuilder out = new StringBuilder(width + 32);
        out.append(CSI).append(height).append(";1H").append(CSI).append("0m").append(CSI).append("2K");
        String shownPrompt = promptWidth < width ? prompt : DisplayWidth.truncate(TextRenderer.visible(prompt), width - 1);
        int shownPromptWidth = promptWidth < width ? promptWidth : DisplayWidth.of(shownPrompt);
        out.append(shownPrompt);
        int cursorColumns = 0;
        if (echoOff) {
            scrollOffset = 0;
        } else {
            // Everything in columns, cut only between clusters: the text scrolls sideways by whole
            // characters, and the cursor lands after the wide ones before it.
            String text = editor.text();
            Graphemes clusters = new Graphemes(text);
            int cursor = text.offsetByCodePoints(0, editor.cursor());
            int from = clusterStartAtOrBefore(text, clusters, text.offsetByCodePoints(0,
                    Math.min(scrollOffset, editor.length())));
            if (cursor < from) {
                from = clusterStartAtOrBefore(text, clusters, cursor);
            }
            // The character under the cursor is shown too, when there is one.
            int mustShow = cursor < text.length() ? clusters.end(cursor) : cursor;
            while (from < cursor && DisplayWidth.of(text, from, mustShow) > room) {
                from = clusters.end(from);
            }
            int to = from;
            int used = 0;
            while (to < text.length()) {
                int end = clusters.end(to);
                int w = DisplayWidth.of(text, to, end);
                if (used + w > room) {
                    break;
                }
                used += w;
                to = end;
            }
            out.append(text, from, to);
            cursorColumns = DisplayWidth.of(text, from, Math.min(cursor, to));
            scrollOffset = text.codePointCount(0, from);
        }
        int column = Math.min(width, shownPromptWidth + cursorColumns + 1);
        out.append(CSI).append(height).append(';').append(column).append('H');
        return out.toString();
    }

    /** The start of the cluster that char index {@code index} of {@code text} falls in. */
    private static int clusterStartAtOrBefore(String text, Graphemes clusters, int index) {
        int at = 0;
        while (at < index) {
            int end = clusters.end(at);
            if (end > index) {
                return at;
            }
            at = end;
        }
        return at;
    }

    private void keep(String line) {
        kept.addLast(line);
        keptChars += line.length();
        while (kept.size() > MAX_KEPT_LINES || keptChars > MAX_KEPT_CHARS && kept.size() > 1) {
            keptChars -= kept.removeFirst().length();
        }
    }

    /** Lines of {@code rendered}, split at CR LF (or a lone LF); a final line ending ends the last line. */
    static List<String> splitLines(String rendered) {
        List<String> lines = new ArrayList<>();
        String text = rendered.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, nl));
            start = nl + 1;
        }
        return lines;
    }

    /**
     * Lays a rendered line out in rows at most {@code width} columns wide: between words where
     * there is a space in the row (the game's text reaches this view unwrapped, so a paragraph is
     * laid out again at each new width and never split inside a word), between grapheme clusters
     * where a word alone is wider than the row. Colour escapes take no column, and the style open
     * at a break is closed and re-opened. A cluster wider than the whole row gets a row of its own.
     */
    static List<String> fit(String rendered, int width) {
        // The visible text first, so that clusters are found as the reader sees them.
        String line = rendered;
        StringBuilder plain = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); ) {
            int escapeEnd = escapeEnd(line, i);
            if (escapeEnd < 0) {
                // An escape cut off at the end of the line is dropped whole.
                line = line.substring(0, i);
            } else if (escapeEnd > i) {
                i = escapeEnd;
            } else {
                plain.append(line.charAt(i++));
            }
        }
        if (DisplayWidth.of(plain) <= width) {
            return List.of(line);
        }
        Graphemes clusters = new Graphemes(plain);
        List<String> rows = new ArrayList<>(2);
        StringBuilder row = new StringBuilder();
        String sgr = null;
        int columns = 0;
        // The last space in the row: where it starts, where the rest begins, and the style there.
        int spaceAt = -1;
        int afterSpace = -1;
        int columnsAfterSpace = 0;
        String sgrAtSpace = null;
        int visible = 0;
        int i = 0;
        while (i < line.length()) {
            int escapeEnd = escapeEnd(line, i);
            if (escapeEnd > i) {
                String seq = line.substring(i, escapeEnd);
                if (seq.endsWith("m")) {
                    sgr = seq.equals(CSI + "0m") || seq.equals(CSI + "m") ? null : seq;
                }
                row.append(seq);
                i = escapeEnd;
                continue;
            }
            int clusterEnd = clusters.end(visible);
            int length = clusterEnd - visible;
            int w = DisplayWidth.of(plain, visible, clusterEnd);
            boolean space = length == 1 && plain.charAt(visible) == ' ';
            if (columns > 0 && columns + w > width) {
                if (space) {
                    // The break falls on a space: it ends the row and is not shown.
                    rows.add(closed(row.toString().stripTrailing(), sgr));
                    row.setLength(0);
                    reopen(row, sgr);
                    columns = 0;
                    spaceAt = -1;
                    i += length;
                    visible = clusterEnd;
                    continue;
                }
                if (spaceAt >= 0) {
                    String rest = row.substring(afterSpace);
                    rows.add(closed(row.substring(0, spaceAt).stripTrailing(), sgrAtSpace));
                    row.setLength(0);
                    reopen(row, sgrAtSpace);
                    row.append(rest);
                    columns -= columnsAfterSpace;
                } else {
                    rows.add(closed(row.toString(), sgr));
                    row.setLength(0);
                    reopen(row, sgr);
                    columns = 0;
                }
                spaceAt = -1;
            }
            row.append(line, i, i + length);
            columns += w;
            if (space) {
                spaceAt = row.length() - 1;
                afterSpace = row.length();
                columnsAfterSpace = columns;
                sgrAtSpace = sgr;
            }
            i += length;
            visible = clusterEnd;
        }
        rows.add(row.toString());
        return rows;
    }

    private static String closed(String row, String sgr) {
        return sgr == null ? row : row + CSI + "0m";
    }

    private static void reopen(StringBuilder row, String sgr) {
        if (sgr != null) {
            row.append(sgr);
        }
    }

    /**
     * Where the CSI escape sequence starting at {@code i} ends, {@code i} if none starts there, or
     * -1 if one starts there but the line ends before its final character.
     */
    private static int escapeEnd(String line, int i) {
        if (line.charAt(i) != '\u001b' || i + 1 >= line.length() || line.charAt(i + 1) != '[') {
            return i;
        }
        int j = i + 2;
        while (j < line.length() && (Character.isDigit(line.charAt(j)) || line.charAt(j) == ';')) {
            j++;
        }
        return j < line.length() ? j + 1 : -1;
    }

    static int visibleWidth(String rendered) {
        return DisplayWidth.of(TextRenderer.visible(rendered));
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
