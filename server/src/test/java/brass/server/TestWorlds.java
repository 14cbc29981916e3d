package brass.server;

import brass.server.config.ServerConfig;
import brass.world.build.Behaviours;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Finds the repository's world folders from wherever the tests run, and starts servers on them. */
public final class TestWorlds {

    private TestWorlds() {
    }

    /**
     * A whole server on the default world, data in {@code dir}, telnet and SSH on ephemeral ports,
     * no status log lines: started. Close it after.
     */
    public static Server startedServer(Path dir) throws Exception {
        Server server = new Server(ServerConfig.defaults(dir).withPorts(0, 0).withWorld(defaultWorld())
                .withStatusEvery(Duration.ZERO), Behaviours.standard());
        server.start();
        return server;
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
