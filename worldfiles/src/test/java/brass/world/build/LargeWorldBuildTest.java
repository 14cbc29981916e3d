package brass.world.build;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.files.CheckResult;
import brass.world.files.GridWorld;
import brass.world.files.WorldChecker;
import brass.world.files.definition.WorldDefinition;
import brass.world.model.Direction;
import brass.world.model.World;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated world of 100,000 rooms (a 400 by 250 grid in 100 area files, 10,000 things) is
 * checked and built into a live world. Prints the time and heap each phase took; asserts no
 * timing, because machines vary.
 */
class LargeWorldBuildTest {

    static final int WIDTH = 400;
    static final int HEIGHT = 250;
    static final GridWorld GRID = GridWorld.of(WIDTH, HEIGHT).pebbleEvery(10);

    @TempDir
    Path dir;

    @Test
    void aHundredThousandRoomsLoadAndBuild() throws IOException {
        GRID.writeTo(dir);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long started = System.nanoTime();
        CheckResult result = WorldChecker.check(dir);
        long checked = System.nanoTime();
        WorldDefinition definition = result.world().orElseThrow();
        World world = WorldBuilder.build(definition);
        long built = System.nanoTime();
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();

        assertThat(world.size()).isEqualTo(1 + WIDTH * HEIGHT + WIDTH * HEIGHT / 10);
        assertThat(world.startRoom().id()).isEqualTo("r0");
        assertThat(world.get("r401").exit(Direction.NORTH).destination().id()).isEqualTo("r1");
        assertThat(world.get("pebble-99990").location().id()).isEqualTo("r99990");

        System.out.printf("world build benchmark: %d rooms, %d things: checked in %d ms, built in %d ms, %d ms in all;"
                        + " heap held by definition and world %d MB (before %d MB, after %d MB, max %d MB)%n",
                definition.rooms().size(), definition.things().size(), (checked - started) / 1_000_000,
                (built - checked) / 1_000_000, (built - started) / 1_000_000, (heapAfter - heapBefore) >> 20,
                heapBefore >> 20, heapAfter >> 20, runtime.maxMemory() >> 20);
        assertThat(definition.rooms()).hasSize(WIDTH * HEIGHT);
    }
}
