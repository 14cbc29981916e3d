package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A player's aliases, prompt and brief mode over a real telnet connection against the whole
 * server: kept in the database, and in force again when the player logs in anew.
 */
class HabitsServerTest {

    @RegisterExtension
    final RunningServer server = RunningServer.startedBeforeEach();

    @Test
    void aliasesAndThePromptSurviveLoggingInAgain() throws Exception {
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            alice.send("alias sw say $2 $1");
            alice.await("Alias set: sw = say $2 $1");
            alice.send("prompt [%n] >");
            alice.await("Your prompt is now '[%n] >'.");
            alice.await("[Alice] > ");
            alice.send("sw world hello");
            alice.await("You say, \"hello world\"");
            alice.send("quit");
            alice.await("Goodbye.");
        }
        try (TelnetClient again = TelnetClient.logIn(server.telnetPort(), "alice", "secret12")) {
            again.send("sw there hello");
            again.await("You say, \"hello there\"");
            again.await("[Alice] > ");
            again.send("alias");
            again.await("Your aliases:\r\nsw = say $2 $1");
        }
    }
}
