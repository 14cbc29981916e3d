package brass.load;

import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What a run measured: who got in, how many commands were answered and how fast, what went
 * wrong, and what the server used. Written as a table for people and as JSON for scripts.
 */
public record LoadReport(LoadPlan plan, int connected, int loggedIn, int loginFailures, long errors,
        Map<String, Integer> errorKinds, double seconds, double rampSeconds, Histogram latency,
        Map<String, Histogram> latencyByCommand, Histogram logins, ProcessStats.Usage server) {

    public LoadReport {
        latencyByCommand = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(latencyByCommand));
    }

    /** Commands answered while measuring. */
    public long commands() {
        return latency.getTotalCount();
    }

    /** Commands answered a second. */
    public double throughput() {
        return seconds <= 0 ? 0 : commands() / seconds;
    }

    /** A reply latency percentile in milliseconds. */
    public double latencyMillis(double percentile) {
        return latency.getValueAtPercentile(percentile) / 1e6;
    }

    public double maxMillis() {
        return latency.getMaxValue() / 1e6;
    }

    /** The report as a table. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-22s %s:%d, %d clients, %s, %s, mix %s%n", "run", plan.host(), plan.port(),
                plan.clients(), plan.openLoop() ? String.format(Locale.ROOT, "open loop %.2f cmd/s each", plan.ratePerClient())
                        : "closed loop, think " + plan.think().toMillis() + " ms",
                plan.crowd() ? "crowded in one room" : "spread over the world", plan.mix()));
        row(sb, "connected", connected + " (logged in " + loggedIn + ", login failures " + loginFailures + ")");
        row(sb, "login storm", String.format(Locale.ROOT, "%.1f s; login p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                rampSeconds, logins.getValueAtPercentile(50) / 1e6, logins.getValueAtPercentile(99) / 1e6,
                logins.getMaxValue() / 1e6));
        row(sb, "commands", String.format(Locale.ROOT, "%d in %.1f s = %.0f cmd/s%s", commands(), seconds, throughput(),
                plan.warmUp().isZero() ? "" : ", after a " + plan.warmUp().toSeconds() + " s warm-up"));
        row(sb, "latency (ms)", String.format(Locale.ROOT, "p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f",
                latencyMillis(50), latencyMillis(90), latencyMillis(99), latencyMillis(99.9), maxMillis()));
        latencyByCommand.forEach((command, h) -> row(sb, "  " + command, String.format(Locale.ROOT,
                "%d: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f", h.getTotalCount(), h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(90) / 1e6, h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6)));
        row(sb, "errors", errors + (errorKinds.isEmpty() ? "" : " " + errorKinds));
        row(sb, "server", server == null ? "(no --server-pid: not measured)"
                : String.format(Locale.ROOT, "RSS %d MB, CPU %.2f cores", server.rssBytes() >> 20, server.cores()));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, String value) {
        sb.append(String.format(Locale.ROOT, "%-22s %s%n", name, value));
    }

    /** The report as one JSON object. */
    public String json() {
        StringBuilder sb = new StringBuilder("{");
        field(sb, "host", quote(plan.host()));
        field(sb, "port", plan.port());
        field(sb, "clients", plan.clients());
        field(sb, "openLoop", plan.openLoop());
        field(sb, "ratePerClient", plan.ratePerClient());
        field(sb, "thinkMillis", plan.think().toMillis());
        field(sb, "crowd", plan.crowd());
        field(sb, "mix", quote(plan.mix().toString()));
        field(sb, "connected", connected);
        field(sb, "loggedIn", loggedIn);
        field(sb, "loginFailures", loginFailures);
        field(sb, "rampSeconds", round(rampSeconds));
        field(sb, "loginP99Millis", round(logins.getValueAtPercentile(99) / 1e6));
        field(sb, "seconds", round(seconds));
        field(sb, "warmUpSeconds", plan.warmUp().toSeconds());
        field(sb, "commands", commands());
        field(sb, "throughput", round(throughput()));
        field(sb, "p50Millis", round(latencyMillis(50)));
        field(sb, "p90Millis", round(latencyMillis(90)));
        field(sb, "p99Millis", round(latencyMillis(99)));
        field(sb, "p999Millis", round(latencyMillis(99.9)));
        field(sb, "maxMillis", round(maxMillis()));
        StringBuilder byCommand = new StringBuilder("{");
        latencyByCommand.forEach((command, h) -> byCommand.append(byCommand.length() > 1 ? "," : "").append(quote(command))
                .append(String.format(Locale.ROOT, ":{\"commands\":%d,\"p50Millis\":%s,\"p90Millis\":%s,\"p99Millis\":%s,"
                        + "\"maxMillis\":%s}", h.getTotalCount(), round(h.getValueAtPercentile(50) / 1e6),
                        round(h.getValueAtPercentile(90) / 1e6), round(h.getValueAtPercentile(99) / 1e6),
                        round(h.getMaxValue() / 1e6))));
        field(sb, "byCommand", byCommand.append('}'));
        field(sb, "errors", errors);
        StringBuilder kinds = new StringBuilder("{");
        errorKinds.forEach((k, v) -> kinds.append(kinds.length() > 1 ? "," : "").append(quote(k)).append(':').append(v));
        field(sb, "errorKinds", kinds.append('}'));
        field(sb, "serverRssBytes", server == null ? "null" : Long.toString(server.rssBytes()));
        field(sb, "serverCores", server == null ? "null" : Double.toString(round(server.cores())));
        return sb.append('}').toString();
    }

    private static void field(StringBuilder sb, String name, Object value) {
        sb.append(sb.length() > 1 ? "," : "").append('"').append(name).append("\":").append(value);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
