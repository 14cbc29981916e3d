package brass.world.screen;

/**
 * ANSI output that turns the screen showing one frame into the screen showing the next. Only
 * changed cells are written: a run of changed cells on one row costs one cursor movement
 * ({@code ESC [ row ; col H}) and its characters; an unchanged frame costs nothing at all. The
 * first frame (no previous one) clears the screen and paints everything.
 *
 * <p>Frames are drawn with their top-left corner at the screen's top-left, 1-based in ANSI.
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
                out.append(after.row(y).stripTrailing());
            }
            return out.toString();
        }
        if (before.width() != after.width() || before.height() != after.height()) {
            throw new IllegalArgumentException("frames differ in size: " + before.width() + "x" + before.height()
                    + " and " + after.width() + "x" + after.height());
        }
        // Where the cursor is after what we wrote so far, so adjacent runs need no movement.
        int cursorX = -1;
        int cursorY = -1;
        for (int y = 0; y < after.height(); y++) {
            for (int x = 0; x < after.width(); x++) {
                char c = after.at(x, y);
                if (c == before.at(x, y)) {
                    continue;
                }
                if (cursorY != y || cursorX != x) {
                    // Bridging a gap of one or two unchanged cells by rewriting them is shorter
                    // than a cursor movement (at least six bytes).
                    int gap = cursorY == y ? x - cursorX : -1;
                    if (gap > 0 && gap <= 3) {
                        for (int g = cursorX; g < x; g++) {
                            out.append(after.at(g, y));
                        }
                    } else {
                        moveTo(out, x, y);
                    }
                }
                out.append(c);
                cursorX = x + 1;
                cursorY = y;
            }
        }
        return out.toString();
    }

    /** Appends a movement to column {@code x}, row {@code y} (0-based). */
    public static void moveTo(StringBuilder out, int x, int y) {
        out.append(CSI).append(y + 1).append(';').append(x + 1).append('H');
    }
}
