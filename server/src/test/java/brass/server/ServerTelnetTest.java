package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole server on an ephemeral port, with real sockets: players create characters and meet. */
class ServerTelnetTest {

    @RegisterExtension
    final RunningServer server = RunningServer.startedBeforeEach();

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
    void aLoginTypedAheadReadsAsIfTypedLineByLine() throws Exception {
        try (TelnetClient c = new TelnetClient(server.telnetPort())) {
            c.await(TelnetClient.NAME_PROMPT);
            // One write, as a client's scripted login sends it: the lines after the name wait while
            // the server looks the name up, and are answered when it has.
            c.send("Zelda\r\nyes\r\nsecret12\r\nsecret12\r\nlook");
            String got = c.await("Welcome, Zelda!");
            assertThat(got).as("each held line answered as if just typed: no prompt repeated after its answer")
                    .contains("Creating Zelda...\r\nWelcome, Zelda!");
            assertThat(got.split("Type it again: ", -1)).as("the confirmation prompt, once: %s", got).hasSize(2);
            c.await("The Common Room");
            c.await("The Common Room"); // the typed-ahead look, answered once in the game
        }
    }

    @Test
    void aCharacterSurvivesARestartWithItsPassword() throws Exception {
        try (TelnetClient alice = create("Alice", "secret12")) {
            alice.send("quit");
            alice.await("Goodbye.");
        }
        server.restart();
        try (TelnetClient again = new TelnetClient(server.telnetPort())) {
            again.await(TelnetClient.NAME_PROMPT);
            again.answerAsKnownCharacter("alice", "secret12");
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
        server.restart();
        try (TelnetClient again = new TelnetClient(server.telnetPort())) {
            again.await(TelnetClient.NAME_PROMPT);
            again.answerAsKnownCharacter("alice", "secret12");
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
