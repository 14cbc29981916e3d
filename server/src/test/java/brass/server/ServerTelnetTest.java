package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole server on an ephemeral port, with real sockets: players create characters and meet. */
class ServerTelnetTest {

    @TempDir
    Path dir;

    private Server server;

    private ServerConfig config() {
        ServerConfig d = ServerConfig.defaults(dir);
        return new ServerConfig(d.dataDir(), TestWorlds.defaultWorld(), "127.0.0.1", 0, 0, d.lagWarn(), Duration.ZERO,
                d.database(), d.databaseUser(), d.databasePassword(), d.idleTimeout(), d.linkDeadGrace(),
                d.checkpointEvery(), true, d.loginTimeout(), d.maxConnectionsPerIp(), d.maxConnections());
    }

    @BeforeEach
    void start() throws Exception {
        server = new Server(config(), brass.world.build.Behaviours.standard());
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private TelnetClient create(String name, String password) throws Exception {
        return TelnetClient.createCharacter(server.telnetPort(), name, password);
    }

    @Test
    void twoPlayersCreateCharactersAndSeeEachOther() throws Exception {
        try (TelnetClient alice = create("Alice", "secret12"); TelnetClient bob = create("Bobby", "secret34")) {
            alice.await("Bobby has entered the game.");
            bob.send("say hello, Alice");
            alice.await("Bobby says, \"hello, Alice\"");
            alice.send("north");
            bob.await("Alice goes north.");
            bob.send("chat anyone about?");
            alice.await("Bobby chats: anyone about?");
            assertThat(new String(alice.raw(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("secret12");
        }
    }

    @Test
    void aCharacterSurvivesARestartWithItsPassword() throws Exception {
        try (TelnetClient alice = create("Alice", "secret12")) {
            alice.send("quit");
            alice.await("Goodbye.");
        }
        server.close();
        server = new Server(config(), brass.world.build.Behaviours.standard());
        server.start();
        try (TelnetClient again = new TelnetClient(server.telnetPort())) {
            again.await("By what name shall we know you? ");
            again.send("alice");
            again.await("Password: ");
            again.send("secret12");
            again.await("The Common Room");
        }
    }

    @Test
    void afterARestartAPlayerIsWhereTheyWereHoldingTheLamp() throws Exception {
        try (TelnetClient alice = create("Alice", "secret12")) {
            alice.send("west");
            alice.await("The Cloakroom");
            alice.send("open box");
            alice.await("brass lamp");
            alice.send("take lamp");
            alice.await("You take the brass lamp.");
            alice.send("east");
            alice.await("The Common Room");
            alice.send("north");
            alice.await("The Kitchen");
        }
        // The connection dropped: the character lingers link-dead, then the server stops.
        server.close();
        server = new Server(config(), brass.world.build.Behaviours.standard());
        server.start();
        try (TelnetClient again = new TelnetClient(server.telnetPort())) {
            again.await("By what name shall we know you? ");
            again.send("alice");
            again.await("Password: ");
            again.send("secret12");
            again.await("The Kitchen");
            again.send("inventory");
            again.await("brass lamp");
            again.send("south");
            again.await("The Common Room");
            again.send("west");
            again.await("The Cloakroom");
            again.send("look in box");
            String box = again.await("> ");
            assertThat(box).doesNotContain("lamp");
        }
    }
}
