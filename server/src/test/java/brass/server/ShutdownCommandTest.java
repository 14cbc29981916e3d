package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.server.config.ServerConfig;
import brass.server.persist.SavedThing;
import brass.server.persist.WorldStore;
import brass.server.store.Database;
import brass.world.build.TestPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin's {@code shutdown now}, typed over telnet into a real server process: players are told,
 * the process stops as on SIGTERM (exit status 0, "Brass stopped cleanly"), and the final
 * checkpoint is written: with checkpoints an hour apart, the only one that can hold where the
 * admin walked to is the one taken at the stop.
 */
class ShutdownCommandTest {

    @TempDir
    Path dir;

    /** Without colours: the client negotiated nothing, so the server sends ANSI colour by default. */
    private static String plain(String text) {
        return text.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    @Test
    void shutdownNowStopsTheServerCleanlyWithAFinalCheckpoint() throws Exception {
        Path data = dir.resolve("data");
        ServerSeeds.account(ServerConfig.defaults(dir), "Ada", "secret12", "admin");
        Path yaml = dir.resolve("brass.yaml");
        Files.writeString(yaml, "checkpoint-every: 1h\nstatus-every: 0s\n");
        int[] ports = ServerProcess.freePorts();
        int telnet = ports[0];
        try (ServerProcess server = ServerProcess.run("--config", yaml.toString(), "--data", data.toString(),
                "--world", TestPaths.defaultWorld().toString(), "--telnet-port", Integer.toString(telnet),
                "--ssh-port", Integer.toString(ports[1]), "--web-port", "off")) {
            server.awaitUp();
            try (TelnetClient ada = new TelnetClient(telnet);
                 TelnetClient bobby = TelnetClient.createCharacter(telnet, "Bobby", "secret34")) {
                ada.loggedInAs("ada", "secret12");
                ada.send("north");
                ada.await("The Kitchen");
                ada.send("shutdown now done for today");
                String bobbyRead = plain(bobby.awaitClosed());
                assertThat(bobbyRead).contains("[shutdown] The game is shutting down now: done for today.");
                assertThat(bobbyRead.indexOf("The server is going down now. Goodbye!"))
                        .isGreaterThan(bobbyRead.indexOf("[shutdown] The game is shutting down now"));
                assertThat(plain(ada.awaitClosed())).contains("[shutdown] The game is shutting down now: done for today.");
            }
            assertThat(server.awaitExit(60)).as("the server stopped").isTrue();
            assertThat(server.process().exitValue()).isZero();
            assertThat(server.log()).contains("Shutdown ordered in the game by Ada: done for today: stopping")
                    .contains("Brass stopped cleanly")
                    .doesNotContain("Shutdown requested (Ctrl-C or SIGTERM)");
        }
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 1)) {
            SavedThing ada = new WorldStore(db).read().stream().filter(t -> t.id().equals("player:ada"))
                    .findFirst().orElseThrow();
            assertThat(new String[] {ada.location(), ada.returnRoom()}).contains("kitchen");
        }
    }
}
