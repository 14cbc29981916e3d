package brass.world.files.diagnostic;

import java.util.Optional;

/**
 * Finds the known name nearest to a misspelt one, for "did you mean 'kitchen'?". Uses the
 * optimal-string-alignment distance (Levenshtein plus swapped neighbours, the commonest typo), and
 * refuses suggestions so far off that they would mislead: at most a third of the word may change.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The nearest candidate close enough to be a plausible typo of {@code wrong}. */
    public static Optional<String> nearest(String wrong, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(1, Math.min(3, (wrong.length() + 1) / 3));
        // One set of rows for the whole scan: a misspelt id is compared with every id in the world.
        String lowered = wrong.toLowerCase(java.util.Locale.ROOT);
        int[][] rows = new int[3][wrong.length() + limit + 2];
        for (String candidate : candidates) {
            if (candidate.equals(wrong) || Math.abs(candidate.length() - wrong.length()) > limit) {
                continue;
            }
            String other = candidate.toLowerCase(java.util.Locale.ROOT);
            if (other.length() + 1 > rows[0].length) {
                // Lower case can be longer than the text ('İ' is two chars): rows grow to fit.
                rows = new int[3][other.length() + 1];
            }
            int distance = distance(lowered, other, limit, rows);
            if (distance <= limit && (distance < bestDistance
                    || distance == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The hint sentence for {@link #nearest}, ready for a {@link Diagnostic}. */
    public static Optional<String> didYouMean(String wrong, Iterable<String> candidates) {
        return nearest(wrong, candidates).map(s -> "did you mean '" + s + "'?");
    }

    /**
     * Optimal string alignment distance, case-insensitive; stops early (returning {@code limit + 1})
     * once every cell of a row exceeds the limit, so scanning 100,000 ids stays cheap.
     */
    public static int distance(String a, String b, int limit) {
        int m = b.length();
        return distance(a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT), limit,
                new int[3][m + 1]);
    }

    /** As above, for lower-case text, in {@code rows}: three arrays of at least {@code t.length() + 1}. */
    private static int distance(String s, String t, int limit, int[][] rows) {
        int n = s.length();
        int m = t.length();
        int[] before = rows[0];
        int[] previous = rows[1];
        int[] current = rows[2];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[m];
    }
}
