package brass.world.files;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.files.definition.Placement;
import brass.world.files.definition.WorldDefinition;
import java.io.IOException;
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
    static final GridWorld GRID = GridWorld.of(WIDTH, HEIGHT);

    @TempDir
    Path dir;

    @Test
    void aHundredThousandRoomsLoadAndCheck() throws IOException {
        GRID.writeTo(dir);
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
                world.rooms().size(), world.things().size(), WIDTH * HEIGHT / GRID.roomsPerFile() + 1, elapsedMillis,
                cpuMillis, runtime.availableProcessors(), load,
                (heapAfter - heapBefore) >> 20, heapBefore >> 20, heapAfter >> 20, runtime.maxMemory() >> 20);
    }
}
