package brass.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a player carries, and what lies on a table, is listed in the same order after a restart
 * as before it: the order things arrived in their place is part of the saved state.
 */
class ContentOrderRestartTest {

    @RegisterExtension
    final RunningServer server = RunningServer.startedBeforeEach();

    @Test
    void carriedThingsAndThingsOnATableKeepTheirOrderAcrossRestarts() throws Exception {
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
        server.restart();
        try (TelnetClient alice = TelnetClient.logIn(server.telnetPort(), "alice", "secret12")) {
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
        server.restart();
        try (TelnetClient alice = TelnetClient.logIn(server.telnetPort(), "alice", "secret12")) {
            alice.send("look");
            alice.await("On the long table you see a pewter tankard and a candle.");
        }
    }
}
