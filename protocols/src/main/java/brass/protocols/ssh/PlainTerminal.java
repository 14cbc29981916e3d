package brass.protocols.ssh;

import brass.protocols.render.TextRenderer;
import brass.protocols.session.PlayerInput;
import brass.world.screen.DisplayWidth;
import java.util.ArrayList;
import java.util.List;

/**
 * The line view of a PTY whose terminal cannot move its cursor ({@code TERM=dumb}): with a PTY
 * the client's terminal is raw, so the server echoes what is typed, and Enter (CR) ends a line.
 * Only CR, backspace and plain text are written, which every terminal understands. Text from the
 * game that arrives while a line is being typed goes above it: the prompt and the half-typed line
 * are wiped (overwritten with spaces), the text written, and the line drawn again under it.
 */
final class PlainTerminal implements ShellView {

    private final LineEditor editor;
    private int width;
    private int height;
    private String prompt = "";
    private boolean echoOff;
    /** What the terminal's current line shows (prompt and typed text), "" when it is a fresh line. */
    private String shown = "";
    /** Columns from the end of {@link #shown} back to the cursor. */
    private int behindCursor;

    PlainTerminal(int width, int height, LineEditor editor) {
        this.editor = editor;
        resize(width, height);
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public String start() {
        return "";
    }

    @Override
    public String finish() {
        return wipe();
    }

    @Override
    public String output(String rendered) {
        if (rendered.isEmpty()) {
            return "";
        }
        String text = rendered.endsWith(TextRenderer.CRLF) ? rendered : rendered + TextRenderer.CRLF;
        return wipe() + text + draw();
    }

    @Override
    public String prompt(String rendered) {
        String next = rendered.replace("\r", "").replace("\n", "");
        if (next.equals(prompt) && !shown.isEmpty()) {
            return ""; // the same prompt, already on the line
        }
        prompt = next;
        return wipe() + draw();
    }

    @Override
    public String echoOff(boolean off) {
        echoOff = off;
        return wipe() + draw();
    }

    @Override
    public String resize(int newWidth, int newHeight) {
        width = Math.max(TerminalScreen.MIN_WIDTH, Math.min(TerminalScreen.MAX_WIDTH, newWidth));
        height = Math.max(1, Math.min(TerminalScreen.MAX_HEIGHT, newHeight));
        return "";
    }

    @Override
    public TerminalScreen.Input keys(List<Key> keys) {
        List<String> lines = new ArrayList<>(1);
        StringBuilder out = new StringBuilder();
        boolean eof = false;
        boolean dirty = false;
        for (Key key : keys) {
            LineEditor.Effect effect = editor.apply(key, echoOff);
            if (effect instanceof LineEditor.Effect.Edited) {
                dirty = true;
                continue;
            }
            if (dirty && !(effect instanceof LineEditor.Effect.None)) {
                // What the line shows before it is entered (or redrawn): one redraw for a batch of keys.
                out.append(redraw());
                dirty = false;
            }
            if (effect instanceof LineEditor.Effect.Entered entered) {
                lines.add(entered.line());
                // A hidden line's Enter is not echoed either: the game ends the line itself.
                out.append(echoOff ? "" : TextRenderer.CRLF);
                shown = "";
                behindCursor = 0;
                prompt = "";
            } else if (effect instanceof LineEditor.Effect.TooLong tooLong) {
                out.append(output("[" + PlayerInput.tooLong(tooLong.limit(), "characters") + "]"));
            } else if (effect instanceof LineEditor.Effect.Redraw) {
                out.append(TextRenderer.CRLF);
                shown = "";
                out.append(draw());
            } else if (effect instanceof LineEditor.Effect.EndOfInput) {
                eof = true;
            }
        }
        if (dirty) {
            out.append(redraw());
        }
        return new TerminalScreen.Input(lines, out.toString(), eof);
    }

    /** The line as it should look now, from what it shows: typing at the end is just echoed. */
    private String redraw() {
        String next = prompt + (echoOff ? "" : editor.text());
        int nextBehind = echoOff ? 0 : columnsAfterCursor();
        if (behindCursor == 0 && nextBehind == 0 && !shown.isEmpty()) {
            if (next.startsWith(shown)) {
                String added = next.substring(shown.length());
                shown = next;
                return added;
            }
            if (shown.startsWith(next) && shown.length() > next.length()) {
                int gone = DisplayWidth.of(shown.substring(next.length()));
                shown = next;
                return ("\b".repeat(gone) + " ".repeat(gone) + "\b".repeat(gone));
            }
        }
        return wipe() + draw();
    }

    /** Writes the prompt and the line being typed on a fresh line, the cursor where the player types. */
    private String draw() {
        String text = echoOff ? "" : editor.text();
        String line = prompt + text;
        if (line.isEmpty()) {
            return "";
        }
        shown = line;
        behindCursor = echoOff ? 0 : columnsAfterCursor();
        return line + "\b".repeat(behindCursor);
    }

    /**
     * Clears the current line (spaces over it, the cursor back at its start); a line as wide as
     * the terminal may have wrapped, and then the text goes on the next one instead.
     */
    private String wipe() {
        if (shown.isEmpty()) {
            return "";
        }
        int columns = DisplayWidth.of(shown);
        shown = "";
        behindCursor = 0;
        return columns < width ? "\r" + " ".repeat(columns) + "\r" : TextRenderer.CRLF;
    }

    private int columnsAfterCursor() {
        String text = editor.text();
        return DisplayWidth.of(text.substring(text.offsetByCodePoints(0, editor.cursor())));
    }
}
