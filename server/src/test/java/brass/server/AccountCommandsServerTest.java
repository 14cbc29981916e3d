package brass.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.server.store.Database;
import ch.qos.logback.classic.Level;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code password} and {@code score} over real telnet connections against the whole server: a
 * changed password is the one that works at the next login, and time played adds up across
 * logins, kept in the database.
 */
class AccountCommandsServerTest {

    @RegisterExtension
    final RunningServer server = RunningServer.startedByTheTest();

    @Test
    void theNewPasswordWorksAtTheNextLoginAndTheOldOneDoesNot() throws Exception {
        server.start();
        try (LogWatch log = LogWatch.on(passwordChange(), Level.INFO);
             TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            int mark = log.mark();
            alice.send("password");
            alice.await("Old password (an empty line keeps it): ");
            alice.send("not-my-password");
            alice.await("Wrong password; your password is unchanged.");
            List<String> logged = log.await(Pattern.compile("wrong old password for Alice changing it .*"), 1, mark,
                    Duration.ofSeconds(20));
            assertThat(logged.get(0)).doesNotContain("not-my-password");
            alice.await("> ");

            alice.send("passwd");
            alice.await("Old password (an empty line keeps it): ");
            alice.send("secret12");
            alice.await("New password (6 or more characters): ");
            alice.send("short");
            alice.await("That is too short.");
            alice.await("New password (6 or more characters): ");
            alice.send("clockwork9");
            alice.await("Type it again: ");
            alice.send("clockwork9");
            alice.await("Your password is changed.");
            alice.await("> ");
            alice.send("quit");
            alice.await("Goodbye.");
        }
        try (TelnetClient old = new TelnetClient(server.telnetPort())) {
            old.await(TelnetClient.NAME_PROMPT);
            old.answerAsKnownCharacter("Alice", "secret12");
            old.await("Wrong password.");
        }
        try (TelnetClient fresh = TelnetClient.logIn(server.telnetPort(), "alice", "clockwork9")) {
            fresh.send("say it works");
            fresh.await("You say, \"it works\"");
        }
    }

    @Test
    void overSshThePasswordsTypedAreHiddenAndTheNewOneLogsIn() throws Exception {
        server.start();
        try (SshPlayer dora = SshPlayer.createCharacter(server.sshPort(), "Dora", "hidden99", SshPlayer.Pty.WIDE)) {
            dora.send("password");
            dora.await("Old password (an empty line keeps it): ");
            dora.send("hidden99");
            dora.await("New password (6 or more characters): ");
            dora.send("gearwheel7");
            dora.await("Type it again: ");
            dora.send("gearwheel7");
            dora.await("Your password is changed.");
            // Neither password was ever drawn on the player's screen.
            assertThat(dora.text()).doesNotContain("gearwheel7");
            assertThat(dora.text()).doesNotContain("hidden99");
            dora.send("quit");
            dora.awaitClosed();
        }
        assertThatThrownBy(() -> SshPlayer.connect(server.sshPort(), "dora", "hidden99", true).close())
                .isInstanceOf(java.io.IOException.class);
        try (SshPlayer again = SshPlayer.connect(server.sshPort(), "dora", "gearwheel7", true)) {
            again.send("say back in");
            again.await("You say, \"back in\"");
        }
    }

    @Test
    void timePlayedAddsUpAcrossLogins() throws Exception {
        ServerSeeds.account(server.config(), "Alice", "secret12");
        // A minute and 59 seconds already played: one more second of play makes it two minutes.
        try (Database db = Database.open(server.config().jdbcUrl(), server.config().databaseUser(),
                server.config().databasePassword(), 1)) {
            db.inTransaction(c -> {
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE accounts SET played_seconds = 119 WHERE name = 'Alice'")) {
                    return p.executeUpdate();
                }
            });
        }
        server.start();
        try (TelnetClient alice = TelnetClient.logIn(server.telnetPort(), "alice", "secret12")) {
            alice.send("score");
            alice.await("Alice\r\nAge: less than a minute\r\nPlayed: 1 minute\r\nWhere: The Common Room\r\n"
                    + "Carrying: nothing");
            // Real time passes on a real server: a second and a bit more of play.
            Thread.sleep(1_200);
            alice.send("quit");
            alice.await("Goodbye.");
        }
        try (TelnetClient again = TelnetClient.logIn(server.telnetPort(), "alice", "secret12")) {
            again.send("score");
            again.await("Alice\r\nAge: less than a minute\r\nPlayed: 2 minutes\r\n");
        }
        server.restart();
        try (TelnetClient restarted = TelnetClient.logIn(server.telnetPort(), "alice", "secret12")) {
            restarted.send("score");
            restarted.await("Played: 2 minutes\r\n");
        }
    }

    /** The class that logs password changes (package-private in protocols), for its logger. */
    private static Class<?> passwordChange() throws ClassNotFoundException {
        return Class.forName("brass.protocols.play.PasswordChange");
    }
}
