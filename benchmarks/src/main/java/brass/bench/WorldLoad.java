package brass.bench;

import brass.world.build.WorldBuilder;
import brass.world.files.CheckResult;
import brass.world.files.GridWorld;
import brass.world.files.WorldChecker;
import brass.world.model.World;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Loading a very large world: generates a grid of rooms as YAML ({@link GridWorld}: 1,000 rooms a
 * file, a pebble every 100 rooms made from one prototype), then reads, checks and builds it a few
 * times in one JVM, printing wall time, CPU time and the heap the live world holds.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.bench.WorldLoad [width] [height] [runs]</pre>
 */
public final class WorldLoad {

    /** The command line the world benchmarks share, {@code [width] [height] [runs]}, and their grid. */
    record Grid(int width, int height, int runs) {

        static Grid of(String[] args, int defaultRuns) {
            return new Grid(args.length > 0 ? Integer.parseInt(args[0]) : 400,
                    args.length > 1 ? Integer.parseInt(args[1]) : 250,
                    args.length > 2 ? Integer.parseInt(args[2]) : defaultRuns);
        }

        int rooms() {
            return width * height;
        }

        /** Writes the grid ({@link GridWorld}, shared with the world's tests) into a new temporary folder. */
        Path generate(String name) throws IOException {
            return GridWorld.of(width, height).writeTo(Files.createTempDirectory(name));
        }

        /** Removes a folder {@link #generate} made: a grid is tens of megabytes. */
        static void delete(Path dir) throws IOException {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Grid grid = Grid.of(args, 3);
        int width = grid.width();
        int height = grid.height();
        int runs = grid.runs();
        Path dir = grid.generate("brass-world-load");
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        Runtime rt = Runtime.getRuntime();
        // The build runs on this thread alone: its CPU time, which a busy machine disturbs less than the wall clock.
        var thread = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= runs; run++) {
            System.gc();
            long heapBefore = rt.totalMemory() - rt.freeMemory();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            CheckResult result = WorldChecker.check(dir);
            long t1 = System.nanoTime();
            long buildCpu0 = thread.getCurrentThreadCpuTime();
            World world = WorldBuilder.build(result.world().orElseThrow(() ->
                    new IllegalStateException(result.report())));
            long t2 = System.nanoTime();
            long buildCpu = thread.getCurrentThreadCpuTime() - buildCpu0;
            long cpu = os.getProcessCpuTime() - cpu0;
            System.gc();
            long heapAfter = rt.totalMemory() - rt.freeMemory();
            System.out.printf("run %d: %d rooms, %d things: check %d ms + build %d ms (%d ms CPU) = %d ms wall,"
                            + " %d ms CPU; live world + definition %d MB; load average %.1f on %d cores%n",
                    run, width * height, world.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    buildCpu / 1_000_000, (t2 - t0) / 1_000_000, cpu / 1_000_000, (heapAfter - heapBefore) >> 20,
                    os.getSystemLoadAverage(), rt.availableProcessors());
        }
        Grid.delete(dir);
    }
}
