package brass.world.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A grid of terminal cells, {@code width} columns by {@code height} rows, blank at first. Mutable
 * while it is painted, then handed to {@link FrameDiff}; one frame per draw.
 *
 * <p>A cell holds what the terminal draws in one column. A character {@code w} columns wide (see
 * {@link DisplayWidth}: 2 for CJK and most emoji) takes {@code w} cells, the ones after the first
 * covered by it; writing over any of them blanks the rest, as a terminal does. Text is placed by
 * grapheme cluster, so an accent stays in its letter's cell and a surrogate pair is never split.
 */
public final class Frame {

    /** A cell covered by the wide character to its left: the terminal draws nothing of its own there. */
    private static final int COVERED = -1;

    private final int width;
    private final int height;
    // A code point, COVERED, or (for a cluster of several code points) -2 - its index in clusters.
    // Plain ints keep the common case (one code point a cell) as cheap to compare as chars were.
    private final int[] cells;
    private List<String> clusters;

    public Frame(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a frame needs at least one cell: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.cells = new int[width * height];
        Arrays.fill(cells, ' ');
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** What column {@code x} of row {@code y} (0-based) shows: "" for a cell covered by a wide character. */
    public String at(int x, int y) {
        return text(cells[y * width + x]);
    }

    /** Appends what the cell shows (nothing for a covered cell), without making a string of it. */
    void appendCell(StringBuilder out, int x, int y) {
        int cell = cells[y * width + x];
        if (cell >= 0) {
            out.appendCodePoint(cell);
        } else if (cell != COVERED) {
            out.append(text(cell));
        }
    }

    /** True if column {@code x} of row {@code y} is covered by the wide character to its left. */
    public boolean isCovered(int x, int y) {
        return cells[y * width + x] == COVERED;
    }

    /** How many columns the character in column {@code x} of row {@code y} takes: 0 for a covered cell. */
    public int columns(int x, int y) {
        int i = y * width + x;
        if (cells[i] == COVERED) {
            return 0;
        }
        int end = x + 1;
        while (end < width && cells[y * width + end] == COVERED) {
            end++;
        }
        return end - x;
    }

    /** True if the cell holds a cluster of several code points (terminals disagree on how wide some are). */
    boolean isCluster(int x, int y) {
        return cells[y * width + x] < COVERED;
    }

    /** True if the cell at ({@code x}, {@code y}) shows the same in both frames (of the same size). */
    boolean sameCell(Frame other, int x, int y) {
        int i = y * width + x;
        int a = cells[i];
        int b = other.cells[i];
        return a == b || a < COVERED && b < COVERED && text(a).equals(other.text(b));
    }

    /**
     * Sets one character; a cell outside the frame is ignored, so sprites may hang over the edge. A
     * wide character with part of it outside the frame leaves blanks in the part inside; a
     * zero-width one (a lone accent) is not drawn.
     */
    public void put(int x, int y, int codePoint) {
        place(x, y, codePoint, DisplayWidth.of(codePoint));
    }

    /** Writes {@code text} from column {@code x} rightwards, clipped at the edges, one cluster at a time. */
    public void write(int x, int y, String text) {
        Graphemes g = new Graphemes(text);
        int column = x;
        for (int at = 0; at < text.length(); ) {
            int end = g.end(at);
            int cp = text.codePointAt(at);
            int w;
            if (end == at + Character.charCount(cp)) {
                w = DisplayWidth.of(cp);
                place(column, y, cp, w);
            } else {
                String cluster = text.substring(at, end);
                w = DisplayWidth.of(cluster);
                if (w > 0 && y >= 0 && y < height) {
                    place(column, y, intern(cluster), w);
                }
            }
            column += w;
            at = end;
        }
    }

    private void place(int x, int y, int cell, int w) {
        if (w == 0 || y < 0 || y >= height) {
            return;
        }
        if (x < 0 || x + w > width) {
            // Part of it would be off the frame: the part inside shows nothing.
            for (int c = Math.max(0, x); c < Math.min(width, x + w); c++) {
                set(c, y, ' ');
            }
            return;
        }
        set(x, y, cell);
        for (int c = x + 1; c < x + w; c++) {
            set(c, y, ' ');
            cells[y * width + c] = COVERED;
        }
    }

    /** Sets one cell, blanking the rest of a wide character that it cuts into. */
    private void set(int x, int y, int cell) {
        int i = y * width + x;
        if (cells[i] == COVERED) {
            // A covered cell always has its character to the left in the same row.
            int j = i;
            while (cells[j] == COVERED) {
                cells[j--] = ' ';
            }
            cells[j] = ' ';
        }
        for (int k = i + 1; k < (y + 1) * width && cells[k] == COVERED; k++) {
            cells[k] = ' ';
        }
        cells[i] = cell;
    }

    private int intern(String cluster) {
        if (clusters == null) {
            clusters = new ArrayList<>();
        }
        clusters.add(cluster);
        return -2 - (clusters.size() - 1);
    }

    private String text(int cell) {
        if (cell == COVERED) {
            return "";
        }
        return cell < COVERED ? clusters.get(-2 - cell) : Character.toString(cell);
    }

    /** Row {@code y} as the terminal shows it (a wide character once, though it takes two cells). */
    public String row(int y) {
        StringBuilder out = new StringBuilder(width);
        for (int x = 0; x < width; x++) {
            appendCell(out, x, y);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder((width + 1) * height);
        for (int y = 0; y < height; y++) {
            out.append(row(y)).append('\n');
        }
        return out.toString();
    }
}
