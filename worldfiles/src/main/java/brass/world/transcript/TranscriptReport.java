package brass.world.transcript;

import java.util.List;
import java.util.Objects;

/**
 * What {@code brass test WORLD} found: the world check's report when the world did not load,
 * and the result of every transcript.
 *
 * @param folder      the world folder, as given
 * @param checkReport the checker's report when the world has errors; empty when it loaded
 */
public record TranscriptReport(String folder, String checkReport, List<TranscriptResult> results) {

    public TranscriptReport {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(checkReport, "checkReport");
        results = List.copyOf(results);
    }

    public boolean passed() {
        return checkReport.isEmpty() && results.stream().allMatch(TranscriptResult::passed);
    }

    public long failedCount() {
        return results.stream().filter(r -> !r.passed()).count();
    }

    /** 0 when the world loads and every transcript passes, else 1. */
    public int exitCode() {
        return passed() ? 0 : 1;
    }

    /** The whole report: a line per transcript, each failure in full, then a summary. */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (!checkReport.isEmpty()) {
            out.append(checkReport);
            out.append(folder).append(": the world has errors; no transcripts were run\n");
            return out.toString();
        }
        for (TranscriptResult r : results) {
            if (r.passed()) {
                out.append("PASS ").append(r.name()).append(" (").append(r.steps()).append(r.steps() == 1 ? " step)" : " steps)")
                        .append('\n');
            } else {
                out.append("FAIL ").append(r.name()).append('\n');
                for (String line : r.failure().orElseThrow().toString().split("\n", -1)) {
                    out.append("  ").append(line).append('\n');
                }
            }
        }
        if (results.isEmpty()) {
            out.append(folder).append(": no *.transcript files found\n");
        } else {
            long failed = failedCount();
            out.append(folder).append(": ").append(results.size()).append(results.size() == 1 ? " transcript, " : " transcripts, ")
                    .append(results.size() - failed).append(" passed, ").append(failed).append(" failed\n");
        }
        return out.toString();
    }
}
