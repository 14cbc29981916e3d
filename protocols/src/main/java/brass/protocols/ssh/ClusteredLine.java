package brass.protocols.ssh;

import brass.world.screen.Graphemes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The code points of the line being typed, with its grapheme cluster boundaries kept up to date
 * edit by edit. Finding clusters runs a regular expression, so finding them all again for every
 * key made each arrow key or Backspace cost the whole line: a 30 KB packet of them on a long line
 * of CJK took seconds of an I/O thread. After an edit only the clusters from the one before it on
 * are found again, until they meet the old boundaries, so a key costs about one cluster (only a
 * line of a thousand regional indicators, whose pairing an edit flips to its end, costs more).
 * Positions are code point indices. Not thread-safe.
 */
final class ClusteredLine {

    /** A line as it was, with its boundaries, so that bringing it back (history) finds none again. */
    record Snapshot(String text, int[] boundaries) {
        static final Snapshot EMPTY = new Snapshot("", new int[] {0});
    }

    private final List<Integer> codePoints = new ArrayList<>();
    // Sorted: 0, each cluster's end, ..., size().
    private int[] bounds = {0};
    private int count = 1;
    private long segmented;

    int size() {
        return codePoints.size();
    }

    int codePoint(int at) {
        return codePoints.get(at);
    }

    String text() {
        return text(0, codePoints.size()).toString();
    }

    private StringBuilder text(int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            b.appendCodePoint(codePoints.get(i));
        }
        return b;
    }

    Snapshot snapshot() {
        return new Snapshot(text(), Arrays.copyOf(bounds, count));
    }

    /** Becomes {@code s}, cut to {@code max} code points. */
    void set(Snapshot s, int max) {
        codePoints.clear();
        s.text().codePoints().limit(max).forEach(codePoints::add);
        if (codePoints.size() == s.text().codePointCount(0, s.text().length())) {
            bounds = s.boundaries().clone();
            count = bounds.length;
        } else {
            bounds = new int[] {0};
            count = 1;
            List<Integer> all = List.copyOf(codePoints);
            codePoints.clear();
            replace(0, 0, all);
        }
    }

    void insert(int at, int codePoint) {
        replace(at, at, List.of(codePoint));
    }

    void delete(int from, int to) {
        replace(from, to, List.of());
    }

    /** The boundary before {@code at}, or 0. */
    int boundaryBefore(int at) {
        int i = lastBelow(at);
        return i < 0 ? 0 : bounds[i];
    }

    /** The boundary after {@code at}, or the end. */
    int boundaryAfter(int at) {
        int i = lastBelow(at + 1) + 1;
        return i < count ? bounds[i] : codePoints.size();
    }

    boolean isBoundary(int at) {
        return Arrays.binarySearch(bounds, 0, count, at) >= 0;
    }

    /** Every boundary, for tests. */
    int[] boundaries() {
        return Arrays.copyOf(bounds, count);
    }

    /** How many code points the segmenter has read so far: what edits cost, for tests. */
    long segmented() {
        return segmented;
    }

    /** The index of the last boundary below {@code at}, or -1. */
    private int lastBelow(int at) {
        int i = Arrays.binarySearch(bounds, 0, count, at);
        return (i >= 0 ? i : -i - 1) - 1;
    }

    /**
     * Replaces code points {@code [from, to)} with {@code inserted}, then finds clusters again from
     * the boundary before the edit (text before it keeps its clusters) until a boundary past the
     * edit is also an old one (the text after it is the same, so are its clusters).
     */
    private void replace(int from, int to, List<Integer> inserted) {
        int keep = Math.max(0, lastBelow(from));
        int start = bounds[keep];
        int[] old = bounds;
        int oldCount = count;
        codePoints.subList(from, to).clear();
        codePoints.addAll(from, inserted);
        int delta = inserted.size() - (to - from);
        int editEnd = from + inserted.size();
        for (int window = 8; ; window *= 2) {
            int limit = Math.min(codePoints.size(), editEnd + window);
            StringBuilder text = text(start, limit);
            segmented += limit - start;
            Graphemes clusters = new Graphemes(text);
            int[] fresh = new int[limit - start + 1];
            int found = 0;
            int at = 0;
            int cp = start;
            while (at < text.length()) {
                int end = clusters.end(at);
                if (end == text.length() && limit < codePoints.size()) {
                    break; // the last cluster may go on past the window: widen it
                }
                cp += text.codePointCount(at, end);
                at = end;
                fresh[found++] = cp;
                int match = cp >= editEnd && cp - delta >= to ? Arrays.binarySearch(old, 0, oldCount, cp - delta) : -1;
                if (match >= 0) {
                    splice(old, keep, fresh, found, match + 1, oldCount, delta);
                    return;
                }
            }
            if (limit == codePoints.size()) {
                splice(old, keep, fresh, found, oldCount, oldCount, delta);
                return;
            }
        }
    }

    /** Boundaries: the old ones up to {@code keep}, the fresh ones, then the old ones from {@code from} moved by delta. */
    private void splice(int[] old, int keep, int[] fresh, int found, int from, int oldCount, int delta) {
        int[] next = new int[keep + 1 + found + (oldCount - from)];
        System.arraycopy(old, 0, next, 0, keep + 1);
        System.arraycopy(fresh, 0, next, keep + 1, found);
        int n = keep + 1 + found;
        for (int i = from; i < oldCount; i++) {
            next[n++] = old[i] + delta;
        }
        bounds = next;
        count = n;
    }
}
