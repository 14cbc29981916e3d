package brass.bench;

import brass.server.persist.Checkpoint;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * How long taking a checkpoint holds the game loop. The server takes one every second (by
 * default), on the loop, in one turn, so that what is written is a state the world really was in;
 * writing it happens off the loop. Generates the 100,000-room grid ({@link brass.world.files.GridWorld}),
 * builds it, takes full checkpoints of it (the first after start is one), then checkpoints of
 * only what changed, with {@code changed} things moved between each, printing each one's time:
 * the wall clock's, and the loop thread's CPU time, which other work on a shared machine disturbs
 * far less; then the least and the median CPU time of each sort (the cold first full one left out).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.bench.CheckpointTake [width] [height] [runs] [changed]</pre>
 */
public final class CheckpointTake {

    public static void main(String[] args) throws Exception {
        CheckpointGrid grid = CheckpointGrid.of(args, "brass-checkpoint-take");
        int runs = grid.runs();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] full = new double[Math.max(0, runs - 1)];
        double[] changes = new double[runs];
        for (int run = 1; run <= runs; run++) {
            long started = System.nanoTime();
            long cpuStarted = cpu.getCurrentThreadCpuTime();
            Checkpoint checkpoint = Checkpoint.take(run, grid.game());
            double cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
            System.out.printf("full %d: %d things, taken on the loop in %.2f ms (%.2f ms CPU)%n", run,
                    checkpoint.things().size(), (System.nanoTime() - started) / 1e6, cpuMs);
            if (run > 1) {
                full[run - 2] = cpuMs;
            }
        }
        for (int run = 1; run <= runs; run++) {
            grid.move(run); // not timed
            long started = System.nanoTime();
            long cpuStarted = cpu.getCurrentThreadCpuTime();
            Checkpoint checkpoint = Checkpoint.takeChanges(runs + run, grid.game());
            changes[run - 1] = (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1e6;
            System.out.printf("changes %d: %d things, taken on the loop in %.3f ms (%.3f ms CPU)%n", run,
                    checkpoint.things().size(), (System.nanoTime() - started) / 1e6, changes[run - 1]);
        }
        System.out.printf("full, CPU: least %.2f ms, median %.2f ms; changes, CPU: least %.3f ms, median %.3f ms%n",
                least(full), median(full), least(changes), median(changes));
    }

    private static double least(double[] times) {
        return Arrays.stream(times).min().orElse(Double.NaN);
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }
}
