package brass.world.files.diagnostic;

import java.util.Objects;

/**
 * A place in a world file, 1-based for humans (snakeyaml-engine's marks are 0-based; the loader
 * converts). Every definition keeps one so that a later error, even one found at run time, can
 * still point a builder at the line that caused it.
 *
 * @param file   the file as the builder would type it, e.g. {@code worlds/default/house.yaml}
 * @param line   1-based line, or 0 when the problem concerns the whole file or folder
 * @param column 1-based column, or 0 when the problem concerns the whole file or folder
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** A position that names a file or folder but no line in it. */
    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    /** {@code file:line:column}, or just {@code file} when there is no line. */
    @Override
    public String toString() {
        return line == 0 ? file : file + ":" + line + ":" + column;
    }
}
