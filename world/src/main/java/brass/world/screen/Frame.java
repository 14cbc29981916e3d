package brass.world.screen;

import java.util.Arrays;

/**
 * A grid of characters, {@code width} columns by {@code height} rows, blank at first. Mutable
 * while it is painted, then handed to {@link FrameDiff}; one frame per draw.
 */
public final class Frame {

    private final int width;
    private final int height;
    private final char[] cells;

    public Frame(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a frame needs at least one cell: " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.cells = new char[width * height];
        Arrays.fill(cells, ' ');
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The character at column {@code x}, row {@code y} (0-based). */
    public char at(int x, int y) {
        return cells[y * width + x];
    }

    /** Sets one cell; a cell outside the frame is ignored, so sprites may hang over the edge. */
    public void put(int x, int y, char c) {
        if (x >= 0 && x < width && y >= 0 && y < height) {
            cells[y * width + x] = c;
        }
    }

    /** Writes {@code text} from column {@code x} rightwards, clipped at the edges. */
    public void write(int x, int y, String text) {
        for (int i = 0; i < text.length(); i++) {
            put(x + i, y, text.charAt(i));
        }
    }

    /** Row {@code y} as text, for tests and plain rendering. */
    public String row(int y) {
        return new String(cells, y * width, width);
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
