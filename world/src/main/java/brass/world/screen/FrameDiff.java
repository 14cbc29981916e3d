package brass.world.screen;

/**
 * ANSI output that turns the screen showing one frame into the screen showing the next. Only
 * changed cells are written: a run of changed cells on one row costs one cursor movement
 * ({@code ESC [ row ; col H}) and its characters; an unchanged frame costs nothing at all. The
 * first frame (no previous one) clears the screen and paints everything.
 *
 * <p>Frames are drawn with their top-left corner at the screen's top-left, 1-based in ANSI. A wide
 * character is written once, in its first cell, and the cursor is known to move past all of it.
 */
public final class FrameDiff {

    /** Control Sequence Introducer. */
    public static final String CSI = "\u001b[";
    /** Clears the screen and homes the cursor. */
    public static final String CLEAR = CSI + "H" + CSI + "2J";

    private FrameDiff() {
    }

    /**
     * The ANSI text that changes {@code before} into {@code after}; empty when nothing changed.
     *
     * @param before what the viewer's screen shows now, or null for a screen in an unknown state
     * @throws IllegalArgumentException if the frames differ in size (repaint with null instead)
     */
    public static String diff(Frame before, Frame after) {
        StringBuilder out = new StringBuilder();
        if (before == null) {
            out.append(CLEAR);
            for (int y = 0; y < after.height(); y++) {
                moveTo(out, 0, y);
                // Each row starts with its own movement, so a cluster drawn at another width than
                // measured can only shift the rest of its own row.
                out.append(after.row(y).stripTrailing());
            }
            return out.toString();
        }
        if (before.width() != after.width() || before.height() != after.height()) {
            throw new IllegalArgumentException("frames differ in size: " + before.width() + "x" + before.height()
                    + " and " + after.width() + "x" + after.height());
        }
        // Where the cursor is after what we wrote so far, so adjacent runs need no movement; -1 when
        // unsure (after a cluster of several code points, which terminals draw at different widths).
        int cursorX = -1;
        int cursorY = -1;
        for (int y = 0; y < after.height(); y++) {
            for (int x = 0; x < after.width(); x++) {
                // A covered cell changes only with the character that covers it, which draws it.
                if (after.isCovered(x, y) || after.sameCell(before, x, y)) {
                    continue;
                }
                if (cursorY != y || cursorX != x) {
                    // Bridging a gap of one or two unchanged cells by rewriting them is shorter
                    // than a cursor movement (at least six bytes).
                    int gap = cursorY == y && cursorX >= 0 ? x - cursorX : -1;
                    if (gap > 0 && gap <= 3 && plainRun(after, cursorX, x, y)) {
                        for (int g = cursorX; g < x; g++) {
                            after.appendCell(out, g, y);
                        }
                    } else {
                        moveTo(out, x, y);
                    }
                }
                after.appendCell(out, x, y);
                cursorX = after.isCluster(x, y) ? -1 : x + after.columns(x, y);
                cursorY = y;
            }
        }
        return out.toString();
    }

    /** True if rewriting cells {@code from} to {@code to} of row {@code y} leaves the cursor known. */
    private static boolean plainRun(Frame frame, int from, int to, int y) {
        for (int x = from; x < to; x++) {
            if (frame.isCluster(x, y)) {
                return false;
            }
        }
        return true;
    }

    /** Appends a movement to column {@code x}, row {@code y} (0-based). */
    public static void moveTo(StringBuilder out, int x, int y) {
        out.append(CSI).append(y + 1).append(';').append(x + 1).append('H');
    }
}
