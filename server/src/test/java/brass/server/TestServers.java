package brass.server;

import brass.server.config.ServerConfig;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.TestPaths;
import java.nio.file.Path;
import java.time.Duration;

/** Whole servers for the integration tests, with real sockets on ephemeral ports. */
public final class TestServers {

    private TestServers() {
    }

    /**
     * The default world, data in {@code dir}, telnet and SSH on ephemeral ports, no web client
     * (a test of it turns it on with {@code withWebPort(0)}), no status log lines.
     */
    public static ServerConfig config(Path dir) {
        return ServerConfig.defaults(dir).withPorts(0, 0).withWebPort(ServerConfig.WEB_OFF)
                .withWorld(TestPaths.defaultWorld()).withStatusEvery(Duration.ZERO);
    }

    /** A whole server with {@code config} and the standard behaviours: started. Close it after. */
    public static Server started(ServerConfig config) throws Exception {
        Server server = new Server(config, StandardBehaviours.registry());
        server.start();
        return server;
    }

    /** A whole server as {@link #config(Path)} sets it up: started. Close it after. */
    public static Server started(Path dir) throws Exception {
        return started(config(dir));
    }
}
