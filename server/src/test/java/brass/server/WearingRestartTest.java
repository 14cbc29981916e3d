package brass.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a player wears is saved with the world: still worn after a restart, and still not worn once taken off. */
class WearingRestartTest {

    @RegisterExtension
    final RunningServer server = RunningServer.startedBeforeEach();

    @Test
    void whatIsWornStaysWornAcrossRestarts() throws Exception {
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            alice.send("u");
            alice.await("The Landing");
            alice.send("e");
            alice.await("The Guest Room");
            alice.send("open wardrobe");
            alice.await("You open the wardrobe, revealing a travelling coat and a study key.");
            alice.send("wear coat");
            alice.await("You put on the travelling coat.");
            alice.send("take key");
            alice.await("You take the study key.");
            alice.send("quit");
            alice.await("Goodbye.");
        }
        server.restart();
        try (TelnetClient alice = TelnetClient.logIn(server.telnetPort(), "alice", "secret12")) {
            alice.send("inventory");
            alice.await("You are carrying a study key.");
            alice.await("You are wearing a travelling coat.");
            alice.send("remove coat");
            alice.await("You take off the travelling coat.");
            alice.send("quit");
            alice.await("Goodbye.");
        }
        server.restart();
        try (TelnetClient alice = TelnetClient.logIn(server.telnetPort(), "alice", "secret12")) {
            alice.send("inventory");
            alice.await("You are carrying a travelling coat and a study key.");
            alice.send("wear coat");
            alice.await("You put on the travelling coat.");
        }
    }
}
