package brass.world.build;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.files.CheckResult;
import brass.world.files.WorldChecker;
import brass.world.files.definition.WorldDefinition;
import brass.world.model.Direction;
import brass.world.model.World;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
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
    static final int ROOMS_PER_FILE = 1000;

    @TempDir
    Path dir;

    private void generate() throws IOException {
        Files.writeString(dir.resolve("world.yaml"), "name: Grid\nstart: r0\ndescription: A very large grid.\n");
        for (int file = 0; file < WIDTH * HEIGHT / ROOMS_PER_FILE; file++) {
            Path area = dir.resolve("band-" + (file / 10)).resolve("area-" + file + ".yaml");
            Files.createDirectories(area.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(area)) {
                out.write("rooms:\n");
                for (int n = file * ROOMS_PER_FILE; n < (file + 1) * ROOMS_PER_FILE; n++) {
                    int x = n % WIDTH;
                    int y = n / WIDTH;
                    out.write("  r" + n + ":\n    name: Room " + n + "\n    description: Square " + x + ", " + y
                            + " of the {bold}grid{/}.\n    exits:\n");
                    if (x > 0) {
                        out.write("      west: r" + (n - 1) + "\n");
                    }
                    if (x < WIDTH - 1) {
                        out.write("      east: r" + (n + 1) + "\n");
                    }
                    if (y > 0) {
                        out.write("      north: r" + (n - WIDTH) + "\n");
                    }
                    if (y < HEIGHT - 1) {
                        out.write("      south: r" + (n + WIDTH) + "\n");
                    }
                }
                out.write("things:\n");
                for (int n = file * ROOMS_PER_FILE; n < (file + 1) * ROOMS_PER_FILE; n += 10) {
                    out.write("  pebble-" + n + ": {like: pebble, in: r" + n + "}\n");
                }
                if (file == 0) {
                    out.write("prototypes:\n  pebble: {name: pebble, adjectives: [grey], description: A pebble.}\n");
                }
            }
        }
    }

    @Test
    void aHundredThousandRoomsLoadAndBuild() throws IOException {
        generate();
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
