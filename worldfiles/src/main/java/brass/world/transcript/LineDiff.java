package brass.world.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches expected lines (literal, regex, {@code ...}) against what a player read, and when they
 * differ, explains how: the first expected line that could not be matched, and a unified-style
 * diff ({@code -} expected, {@code +} actual, space for lines that agree). Outputs are a few
 * dozen lines, so the quadratic alignment is cheap and gives the smallest diff.
 */
final class LineDiff {

    private final List<Expected> expected;
    private final List<String> actual;
    // cost[i][j]: fewest unmatched lines aligning expected[i..] with actual[j..].
    private final int[][] cost;

    LineDiff(List<Expected> expected, List<String> actual) {
        this.expected = expected;
        this.actual = actual;
        int n = expected.size();
        int m = actual.size();
        cost = new int[n + 1][m + 1];
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                if (i == n) {
                    cost[i][j] = m - j;
                } else if (expected.get(i).type() == Expected.Type.ANY) {
                    cost[i][j] = j < m ? Math.min(cost[i + 1][j], cost[i][j + 1]) : cost[i + 1][j];
                } else {
                    int best = 1 + cost[i + 1][j];
                    if (j < m) {
                        best = Math.min(best, 1 + cost[i][j + 1]);
                        if (expected.get(i).accepts(actual.get(j))) {
                            best = Math.min(best, cost[i + 1][j + 1]);
                        }
                    }
                    cost[i][j] = best;
                }
            }
        }
    }

    boolean matches() {
        return cost[0][0] == 0;
    }

    /**
     * The source line of the first expectation that is not met, or {@code fallback} when every
     * expectation is met but there is more output than expected.
     */
    int firstMismatchLine(int fallback) {
        int i = 0;
        int j = 0;
        while (i < expected.size()) {
            Expected e = expected.get(i);
            if (e.type() == Expected.Type.ANY) {
                if (cost[i + 1][j] == cost[i][j]) {
                    i++;
                } else {
                    j++;
                }
            } else if (j < actual.size() && e.accepts(actual.get(j)) && cost[i + 1][j + 1] == cost[i][j]) {
                i++;
                j++;
            } else {
                return e.line();
            }
        }
        return fallback;
    }

    /**
     * The diff, one line per entry, each starting with ' ', '-' or '+'. Lines a {@code ...}
     * stood for are shown as context: the reader sees everything the player read.
     */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        int n = expected.size();
        int m = actual.size();
        while (i < n || j < m) {
            if (i < n && expected.get(i).type() == Expected.Type.ANY) {
                if (j < m && cost[i][j + 1] == cost[i][j]) {
                    out.add(" " + actual.get(j));
                    j++;
                } else {
                    i++;
                }
            } else if (i < n && j < m && expected.get(i).accepts(actual.get(j)) && cost[i + 1][j + 1] == cost[i][j]) {
                out.add(" " + actual.get(j));
                i++;
                j++;
            } else if (i < n && 1 + cost[i + 1][j] == cost[i][j]) {
                out.add("-" + expected.get(i).written());
                i++;
            } else {
                out.add("+" + actual.get(j));
                j++;
            }
        }
        return out;
    }
}
