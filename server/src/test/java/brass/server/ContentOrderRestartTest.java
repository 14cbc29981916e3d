package brass.server;

import brass.world.build.TestPaths;
import brass.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a player carries, and what lies on a table, is listed in the same order after a restart
 * as before it: the order things arrived in their place is part of the saved state.
 */
class ContentOrderRestartTest {

    @TempDir
    Path dir;

    private Server server;

    private ServerConfig config() {
        return ServerConfig.defaults(dir).withWorld(TestPaths.defaultWorld()).withPorts(0, 0)
                .withStatusEvery(Duration.ZERO);
    }

    private void startServer() throws Exception {
        server = new Server(config(), brass.world.behaviour.standard.StandardBehaviours.registry());
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private TelnetClient login(String name, String password) throws Exception {
        TelnetClient c = new TelnetClient(server.telnetPort());
        c.await("By what name shall we know you? ");
        c.send(name);
        c.await("Password: ");
        c.send(password);
        c.await("> ");
        return c;
    }

    @Test
    void carriedThingsAndThingsOnATableKeepTheirOrderAcrossRestarts() throws Exception {
        startServer();
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            // The tankard is taken first, though its id sorts after the candle's.
            alice.send("take tankard");
            alice.await("You take the pewter tankard.");
            alice.send("take candle");
            alice.await("You take the candle.");
            alice.send("inventory");
            alice.await("You are carrying a pewter tankard and a candle.");
            alice.send("quit");
            alice.await("Goodbye.");
        }
        server.close();
        startServer();
        try (TelnetClient alice = login("alice", "secret12")) {
            alice.send("inventory");
            alice.await("You are carrying a pewter tankard and a candle.");
            alice.send("put tankard on table");
            alice.await("You put the pewter tankard on the long table.");
            alice.send("put candle on table");
            alice.await("You put the candle on the long table.");
            alice.send("look");
            alice.await("On the long table you see a pewter tankard and a candle.");
            alice.send("quit");
            alice.await("Goodbye.");
        }
        server.close();
        startServer();
        try (TelnetClient alice = login("alice", "secret12")) {
            alice.send("look");
            alice.await("On the long table you see a pewter tankard and a candle.");
        }
    }
}
