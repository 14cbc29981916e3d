package brass.protocols.ssh;

import brass.world.screen.DisplayWidth;
import java.util.Arrays;

/**
 * Just enough of a VT100 to check what a player would see: cursor addressing (CUP), erase line
 * and screen, scroll regions (DECSTBM) with line feeds scrolling only inside them, CR, autowrap
 * with a pending-wrap column, and SGR ignored. Characters take the columns {@link DisplayWidth}
 * gives, as xterm does: a wide one two cells (and moves to the next line rather than be split at
 * the last column), a zero-width one joins the character before it. A test double for a terminal,
 * not a terminal.
 */
final class VirtualTerminal {

    private int width;
    private int height;
    // What each cell shows; "" for the right half of a wide character.
    private String[][] cells;
    private int row;
    private int col;
    private boolean pendingWrap;
    private int top;
    private int bottom;

    VirtualTerminal(int width, int height) {
        resize(width, height);
    }

    void resize(int w, int h) {
        width = w;
        height = h;
        cells = new String[h][w];
        for (String[] r : cells) {
            Arrays.fill(r, " ");
        }
        top = 0;
        bottom = h - 1;
        row = 0;
        col = 0;
    }

    void feed(String s) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x1b && i < s.length() && s.charAt(i) == '[') {
                int j = i + 1;
                while (j < s.length() && !Character.isLetter(s.charAt(j))) {
                    j++;
                }
                csi(s.substring(i + 1, j), s.charAt(j));
                i = j + 1;
            } else if (cp == '\r') {
                col = 0;
                pendingWrap = false;
            } else if (cp == '\n') {
                lineFeed();
                pendingWrap = false;
            } else if (cp >= 0x20) {
                print(cp);
            }
        }
    }

    private void print(int cp) {
        int w = DisplayWidth.of(cp);
        if (w == 0) {
            // Joins the character just written: the one before the cursor, or under it at the margin.
            int c = pendingWrap ? col : col - 1;
            if (c > 0 && cells[row][c].isEmpty()) {
                c--;
            }
            if (c >= 0) {
                cells[row][c] += Character.toString(cp);
            }
            return;
        }
        if (pendingWrap || w == 2 && col == width - 1) {
            col = 0;
            lineFeed();
            pendingWrap = false;
        }
        erase(col);
        if (w == 2) {
            erase(col + 1);
            cells[row][col + 1] = "";
        }
        cells[row][col] = Character.toString(cp);
        if (col + w >= width) {
            col = width - 1;
            pendingWrap = true;
        } else {
            col += w;
        }
    }

    /** Overwriting half of a wide character blanks the other half. */
    private void erase(int c) {
        if (cells[row][c].isEmpty()) {
            cells[row][c - 1] = " ";
        }
        if (c + 1 < width && cells[row][c + 1].isEmpty()) {
            cells[row][c + 1] = " ";
        }
        cells[row][c] = " ";
    }

    private void lineFeed() {
        if (row == bottom) {
            for (int r = top; r < bottom; r++) {
                cells[r] = cells[r + 1];
            }
            cells[bottom] = new String[width];
            Arrays.fill(cells[bottom], " ");
        } else if (row < height - 1) {
            row++;
        }
    }

    private void csi(String params, char f) {
        String[] p = params.isEmpty() ? new String[0] : params.split(";", -1);
        switch (f) {
            case 'H' -> {
                row = clamp(num(p, 0, 1) - 1, 0, height - 1);
                col = clamp(num(p, 1, 1) - 1, 0, width - 1);
                pendingWrap = false;
            }
            case 'K' -> {
                Arrays.fill(cells[row], " ");
            }
            case 'J' -> {
                for (String[] r : cells) {
                    Arrays.fill(r, " ");
                }
            }
            case 'r' -> {
                top = num(p, 0, 1) - 1;
                bottom = num(p, 1, height) - 1;
                row = 0;
                col = 0;
            }
            default -> {
                // SGR and anything else: no effect on the characters
            }
        }
    }

    private static int num(String[] p, int i, int dflt) {
        return i < p.length && !p[i].isEmpty() ? Integer.parseInt(p[i]) : dflt;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Row {@code r} (0-based) as text, trailing spaces removed. */
    String line(int r) {
        return String.join("", cells[r]).stripTrailing();
    }

    /** What column {@code c} of row {@code r} (0-based) shows: "" for the right half of a wide character. */
    String cell(int r, int c) {
        return cells[r][c];
    }

    String screen() {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < height; r++) {
            b.append(line(r)).append('\n');
        }
        return b.toString();
    }

    int cursorRow() {
        return row;
    }

    int cursorColumn() {
        return col;
    }
}
