package brass.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The server's resident memory and CPU time, read from {@code /proc} (Linux) when its process id
 * is given; absent elsewhere or when the process cannot be read.
 */
public final class ProcessStats {

    /** Linux counts CPU time in these ticks; 100 a second on every platform it ships for. */
    private static final double TICKS_PER_SECOND = 100.0;

    /** What the process had used at one moment. */
    record Sample(long nanoTime, long rssBytes, double cpuSeconds) {
    }

    /** The server's figures over the measured time. */
    public record Usage(long rssBytes, double cores) {
    }

    private ProcessStats() {
    }

    static Sample sample(OptionalLong pid) {
        if (pid.isEmpty()) {
            return null;
        }
        try {
            Path proc = Path.of("/proc", Long.toString(pid.getAsLong()));
            long rss = 0;
            for (String line : Files.readAllLines(proc.resolve("status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            String stat = Files.readString(proc.resolve("stat"));
            // The command name may hold spaces: the fields are counted from after its ')'.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
            return new Sample(System.nanoTime(), rss, cpu);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static Usage between(Sample before, Sample after) {
        if (before == null || after == null) {
            return null;
        }
        double wall = (after.nanoTime() - before.nanoTime()) / 1e9;
        return new Usage(after.rssBytes(), wall <= 0 ? 0 : (after.cpuSeconds() - before.cpuSeconds()) / wall);
    }
}
