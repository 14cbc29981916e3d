package brass.bench;

import brass.world.build.WorldBuilder;
import brass.world.files.CheckResult;
import brass.world.files.WorldChecker;
import brass.world.model.World;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loading a very large world: generates a grid of rooms as YAML (1,000 rooms a file, a pebble
 * every 100 rooms made from one prototype), then reads, checks and builds it a few times in one
 * JVM, printing wall time, CPU time and the heap the live world holds.
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

        /** Writes the grid into a new temporary folder. */
        Path generate(String name) throws IOException {
            Path dir = Files.createTempDirectory(name);
            WorldLoad.generate(dir, width, height);
            return dir;
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
        for (int run = 1; run <= runs; run++) {
            System.gc();
            long heapBefore = rt.totalMemory() - rt.freeMemory();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            CheckResult result = WorldChecker.check(dir);
            long t1 = System.nanoTime();
            World world = WorldBuilder.build(result.world().orElseThrow(() ->
                    new IllegalStateException(result.report())));
            long t2 = System.nanoTime();
            long cpu = os.getProcessCpuTime() - cpu0;
            System.gc();
            long heapAfter = rt.totalMemory() - rt.freeMemory();
            System.out.printf("run %d: %d rooms, %d things: check %d ms + build %d ms = %d ms wall, %d ms CPU;"
                            + " live world + definition %d MB; load average %.1f on %d cores%n",
                    run, width * height, world.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t2 - t0) / 1_000_000, cpu / 1_000_000, (heapAfter - heapBefore) >> 20,
                    os.getSystemLoadAverage(), rt.availableProcessors());
        }
    }

    static void generate(Path dir, int width, int height) throws IOException {
        Files.writeString(dir.resolve("world.yaml"), "name: Grid\nstart: r0\ndescription: A very large grid.\n");
        int rooms = width * height;
        int perFile = 1000;
        for (int file = 0; file * perFile < rooms; file++) {
            Path area = dir.resolve("band-" + (file / 10)).resolve("area-" + file + ".yaml");
            Files.createDirectories(area.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(area)) {
                out.write("rooms:\n");
                int end = Math.min(rooms, (file + 1) * perFile);
                for (int n = file * perFile; n < end; n++) {
                    int x = n % width;
                    int y = n / width;
                    out.write("  r" + n + ":\n    name: Room " + n + "\n    description: Square " + x + ", " + y
                            + " of the {bold}grid{/}.\n    exits:\n");
                    if (x > 0) {
                        out.write("      west: r" + (n - 1) + "\n");
                    }
                    if (x < width - 1) {
                        out.write("      east: r" + (n + 1) + "\n");
                    }
                    if (y > 0) {
                        out.write("      north: r" + (n - width) + "\n");
                    }
                    if (y < height - 1) {
                        out.write("      south: r" + (n + width) + "\n");
                    }
                }
                out.write("things:\n");
                for (int n = file * perFile; n < end; n += 100) {
                    out.write("  pebble-" + n + ": {like: pebble, in: r" + n + "}\n");
                }
                if (file == 0) {
                    out.write("prototypes:\n  pebble: {name: pebble, adjectives: [grey], description: A pebble.}\n");
                }
            }
        }
    }
}
