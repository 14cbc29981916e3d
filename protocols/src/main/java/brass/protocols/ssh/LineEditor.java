package brass.protocols.ssh;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The line being typed: code points and a cursor, the editing keys of a shell (Emacs-style
 * Ctrl-A/E/U/W/K, arrows, Home/End, Backspace/Delete), and a bounded history browsed with
 * Up/Down. A line entered while echo is off (a password) is never kept in the history. Pure
 * state: no I/O, not thread-safe.
 *
 * <p>The cursor moves, and Backspace and Delete erase, by grapheme cluster: a letter with its
 * accents, an emoji with its modifiers, or a surrogate pair is one step, as the reader sees one
 * character, so the cursor never lands inside one; an edit that joins characters into one cluster
 * across the cursor moves it to that cluster's end. How many columns that is, the screen measures.
 */
public final class LineEditor {

    /** What a key did. */
    public sealed interface Effect {
        /** Nothing visible changed. */
        record None() implements Effect {
        }

        /** The line or the cursor changed: redraw the input line. */
        record Edited() implements Effect {
        }

        /** Enter: a complete line, and the editor is empty again. */
        record Entered(String line) implements Effect {
        }

        /** Ctrl-D on an empty line. */
        record EndOfInput() implements Effect {
        }

        /** Ctrl-L. */
        record Redraw() implements Effect {
        }

        /**
         * Enter on a line that was typed (or pasted) past the limit: it is refused whole, never
         * sent cut short, and the editor is empty again.
         */
        record TooLong(int limit) implements Effect {
        }
    }

    private static final Effect NONE = new Effect.None();
    private static final Effect EDITED = new Effect.Edited();

    private final int maxLength;
    private final int maxHistory;
    private final ClusteredLine line = new ClusteredLine();
    private int cursor;
    // Characters arrived that did not fit: Enter refuses the line instead of sending what fitted.
    private boolean overflowed;
    // Kept with their clusters, so that browsing them costs no finding again.
    private final Deque<ClusteredLine.Snapshot> history = new ArrayDeque<>();
    // -1: editing a fresh line; otherwise how far back in the history we are (0 = newest).
    private int browsing = -1;
    private ClusteredLine.Snapshot draft = ClusteredLine.Snapshot.EMPTY;

    /**
     * @param maxLength  the longest line, in code points; typing beyond it is not kept, and the
     *                   line it was typed into is refused at Enter ({@link Effect.TooLong})
     * @param maxHistory how many entered lines are remembered
     */
    public LineEditor(int maxLength, int maxHistory) {
        this.maxLength = maxLength;
        this.maxHistory = maxHistory;
    }

    public String text() {
        return line.text();
    }

    /** The cursor position, in code points from the start of the line. */
    public int cursor() {
        return cursor;
    }

    public int length() {
        return line.size();
    }

    /** Remembered lines, newest first. */
    public List<String> history() {
        return history.stream().map(ClusteredLine.Snapshot::text).toList();
    }

    /** The cluster boundaries as the editor keeps them, for tests. */
    int[] clusterBoundaries() {
        return line.boundaries();
    }

    /** How many code points finding clusters has read, for tests: what editing costs. */
    long segmentedCodePoints() {
        return line.segmented();
    }

    /**
     * Applies one key. {@code secret} is true while echo is off: the line entered is not kept in
     * the history.
     */
    public Effect apply(Key key, boolean secret) {
        Effect effect = edit(key, secret);
        if (line.size() == 0) {
            overflowed = false; // what did not fit went with the rest of the line
        }
        return effect;
    }

    private Effect edit(Key key, boolean secret) {
        if (key instanceof Key.Char c) {
            if (line.size() >= maxLength) {
                overflowed = true;
                return NONE;
            }
            line.insert(cursor++, c.codePoint());
            snapToCluster();
            return EDITED;
        }
        Key.Kind kind = ((Key.Control) key).kind();
        switch (kind) {
            case ENTER -> {
                boolean refused = overflowed;
                ClusteredLine.Snapshot entered = line.snapshot();
                set(ClusteredLine.Snapshot.EMPTY);
                browsing = -1;
                draft = ClusteredLine.Snapshot.EMPTY;
                if (refused) {
                    return new Effect.TooLong(maxLength);
                }
                if (!secret && !entered.text().isBlank()
                        && (history.isEmpty() || !entered.text().equals(history.peekFirst().text()))) {
                    history.addFirst(entered);
                    while (history.size() > maxHistory) {
                        history.removeLast();
                    }
                }
                return new Effect.Entered(entered.text());
            }
            case LEFT -> {
                return move(clusterBefore(cursor));
            }
            case RIGHT -> {
                return move(clusterAfter(cursor));
            }
            case HOME -> {
                return move(0);
            }
            case END -> {
                return move(line.size());
            }
            case BACKSPACE -> {
                if (cursor == 0) {
                    return NONE;
                }
                int start = clusterBefore(cursor);
                line.delete(start, cursor);
                cursor = start;
                snapToCluster();
                return EDITED;
            }
            case DELETE -> {
                if (cursor >= line.size()) {
                    return NONE;
                }
                line.delete(cursor, clusterAfter(cursor));
                snapToCluster();
                return EDITED;
            }
            case KILL_TO_START -> {
                if (cursor == 0) {
                    return NONE;
                }
                line.delete(0, cursor);
                cursor = 0;
                return EDITED;
            }
            case KILL_TO_END -> {
                if (cursor >= line.size()) {
                    return NONE;
                }
                line.delete(cursor, line.size());
                return EDITED;
            }
            case KILL_WORD -> {
                int start = cursor;
                while (start > 0 && line.codePoint(start - 1) == ' ') {
                    start--;
                }
                while (start > 0 && line.codePoint(start - 1) != ' ') {
                    start--;
                }
                if (start == cursor) {
                    return NONE;
                }
                line.delete(start, cursor);
                cursor = start;
                snapToCluster();
                return EDITED;
            }
            case CANCEL -> {
                browsing = -1;
                draft = ClusteredLine.Snapshot.EMPTY;
                if (line.size() == 0) {
                    return NONE;
                }
                set(ClusteredLine.Snapshot.EMPTY);
                return EDITED;
            }
            case UP -> {
                if (secret || browsing + 1 >= history.size()) {
                    return NONE;
                }
                if (browsing < 0) {
                    draft = line.snapshot();
                }
                browsing++;
                set(nth(browsing));
                return EDITED;
            }
            case DOWN -> {
                if (secret || browsing < 0) {
                    return NONE;
                }
                browsing--;
                set(browsing < 0 ? draft : nth(browsing));
                return EDITED;
            }
            case REDRAW -> {
                return new Effect.Redraw();
            }
            case EOF -> {
                return line.size() == 0 ? new Effect.EndOfInput() : NONE;
            }
            default -> {
                return NONE;
            }
        }
    }

    private ClusteredLine.Snapshot nth(int n) {
        int i = 0;
        for (ClusteredLine.Snapshot s : history) {
            if (i++ == n) {
                return s;
            }
        }
        return ClusteredLine.Snapshot.EMPTY;
    }

    /** The start of the cluster before code point index {@code at} (0 at the start). */
    private int clusterBefore(int at) {
        return line.boundaryBefore(at);
    }

    /** The end of the cluster after code point index {@code at} (the length at the end). */
    private int clusterAfter(int at) {
        return line.boundaryAfter(at);
    }

    /**
     * An edit can join characters into one cluster across the cursor (a letter typed before a
     * combining mark, a regional indicator before a flag, a deletion that brings Hangul jamo
     * together): the cursor then moves to the end of that cluster, after what was typed.
     */
    private void snapToCluster() {
        if (!line.isBoundary(cursor)) {
            cursor = line.boundaryAfter(cursor);
        }
    }

    private Effect move(int to) {
        int clamped = Math.max(0, Math.min(line.size(), to));
        if (clamped == cursor) {
            return NONE;
        }
        cursor = clamped;
        return EDITED;
    }

    private void set(ClusteredLine.Snapshot text) {
        overflowed = false;
        line.set(text, maxLength);
        cursor = line.size();
    }
}
