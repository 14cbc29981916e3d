package brass.server;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's world folders from wherever the tests run. */
public final class TestWorlds {

    private TestWorlds() {
    }

    public static Path defaultWorld() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path world = p.resolve("worlds").resolve("default");
            if (Files.isRegularFile(world.resolve("world.yaml"))) {
                return world;
            }
        }
        throw new IllegalStateException("no worlds/default above " + here);
    }
}
