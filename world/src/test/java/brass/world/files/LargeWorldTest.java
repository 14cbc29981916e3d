package brass.world.files;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.files.definition.Placement;
import brass.world.files.definition.WorldDefinition;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated world of 100,000 rooms (a 400 by 250 grid, 100 area files, 1,000 things) loads and
 * checks correctly. Prints the time and heap it took for docs/BENCHMARKS.md; asserts
 * no timing, because CI machines vary.
 */
class LargeWorldTest {

    static final int WIDTH = 400;
    static final int HEIGHT = 250;
    static final int ROOMS_PER_FILE = 1000;

    @TempDir
    Path dir;

    static String id(int n) {
        return "r" + n;
    }

    private void generate() throws IOException {
        Files.writeString(dir.resolve("world.yaml"), "name: Grid\nstart: r0\ndescription: A very large grid.\n");
        int rooms = WIDTH * HEIGHT;
        for (int file = 0; file < rooms / ROOMS_PER_FILE; file++) {
            Path area = dir.resolve("band-" + (file / 10)).resolve("area-" + file + ".yaml");
            Files.createDirectories(area.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(area)) {
                out.write("rooms:\n");
                for (int n = file * ROOMS_PER_FILE; n < (file + 1) * ROOMS_PER_FILE; n++) {
                    int x = n % WIDTH;
                    int y = n / WIDTH;
                    out.write("  " + id(n) + ":\n    name: Room " + n + "\n    description: Square " + x + ", " + y
                            + " of the {bold}grid{/}.\n    exits:\n");
                    if (x > 0) {
                        out.write("      west: " + id(n - 1) + "\n");
                    }
                    if (x < WIDTH - 1) {
                        out.write("      east: " + id(n + 1) + "\n");
                    }
                    if (y > 0) {
                        out.write("      north: " + id(n - WIDTH) + "\n");
                    }
                    if (y < HEIGHT - 1) {
                        out.write("      south: " + id(n + WIDTH) + "\n");
                    }
                }
                out.write("things:\n");
                for (int n = file * ROOMS_PER_FILE; n < (file + 1) * ROOMS_PER_FILE; n += 100) {
                    out.write("  pebble-" + n + ": {like: pebble, in: " + id(n) + "}\n");
                }
                if (file == 0) {
                    out.write("prototypes:\n  pebble: {name: pebble, adjectives: [grey], description: A pebble.}\n");
                }
            }
        }
    }

    @Test
    void aHundredThousandRoomsLoadAndCheck() throws IOException {
        generate();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        long started = System.nanoTime();
        CheckResult result = WorldChecker.check(dir);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        long cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1_000_000;
        double load = os.getSystemLoadAverage();
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();

        assertThat(result.diagnostics()).isEmpty();
        WorldDefinition world = result.world().orElseThrow();
        assertThat(world.rooms()).hasSize(WIDTH * HEIGHT);
        assertThat(world.things()).hasSize(WIDTH * HEIGHT / 100);
        assertThat(world.rooms().get("r401").exits()).extracting(e -> e.name() + "->" + e.to())
                .containsExactly("west->r400", "east->r402", "north->r1", "south->r801");
        assertThat(world.things().get("pebble-99900").placement().map(Placement::target)).contains("r99900");
        assertThat(world.things().get("pebble-99900").adjectives()).containsExactly("grey");

        System.out.printf("world-files benchmark: %d rooms, %d things in %d files: checked in %d ms wall,"
                        + " %d ms CPU (all threads, GC included), %d cores, load average %.1f;"
                        + " heap held by the definition %d MB (before %d MB, after %d MB, max %d MB)%n",
                world.rooms().size(), world.things().size(), WIDTH * HEIGHT / ROOMS_PER_FILE + 1, elapsedMillis,
                cpuMillis, runtime.availableProcessors(), load,
                (heapAfter - heapBefore) >> 20, heapBefore >> 20, heapAfter >> 20, runtime.maxMemory() >> 20);
    }
}
