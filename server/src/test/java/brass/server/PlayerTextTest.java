package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a player reads over real telnet and SSH connections to the default world: the world's
 * message of the day at login, descriptions wrapped to the screen as paragraphs, 'quit' only in
 * full, and a welcome back to a character whose link dropped.
 */
class PlayerTextTest {

    private static final String MOTD = "Welcome to the Tinker's Rest. Type 'look', then go and find the clockwork heart.";

    /**
     * The common room at 80 columns (a telnet client that does not say its width): the file's own
     * line breaks are gone, and no line is left with a word or two on it.
     */
    private static final String COMMON_ROOM = String.join("\r\n",
            "The Common Room",
            "A low, warm room that smells of woodsmoke and machine oil. A fire crackles in a",
            "hearth big enough to stand in, and a long table runs down the middle of the",
            "floor, scarred by a century of elbows and dropped gears. Someone has pinned a",
            "notice above the fireplace. The front door opens south onto Clockwork Lane; the",
            "kitchen is north, the snug east, the cloakroom west, and a staircase climbs to",
            "the floor above.",
            "Exits: north, east, south, west, up.");

    @RegisterExtension
    final RunningServer server = RunningServer.startedBeforeEach();

    @Test
    void overTelnetTheMessageOfTheDayComesFirstAndTextIsWrappedAsParagraphs() throws Exception {
        try (TelnetClient alice = new TelnetClient(server.telnetPort())) {
            alice.await(TelnetClient.NAME_PROMPT);
            alice.answerAsNewCharacter("Alice", "secret12");
            String entering = alice.await("Pembrook is here.");
            // (the welcome's 'help' is bold: the line is matched from after it)
            assertThat(entering).endsWith(" for the commands.\r\n" + MOTD + "\r\n"
                    + COMMON_ROOM + "\r\n"
                    + "You see a hearth, a notice, and a long table here.\r\n"
                    + "On the long table you see a pewter tankard and a candle.\r\n"
                    + "Pembrook is here.");
            // A line ending in a backslash in the file keeps its break; the rest is one paragraph.
            alice.send("read notice");
            assertThat(alice.await("cloakroom.")).endsWith("> \u001b[0;1mWELCOME, TRAVELLER\u001b[0m\r\n"
                    + "Mind the cockroach. It is \u001b[0;3mbrass\u001b[0m, it is \u001b[0;3mfast\u001b[0m, and it bites buttons.\r\n"
                    + "Guests are asked not to feed the snakes.\r\n"
                    + "The cellar is dark. Lamps may be borrowed from the cloakroom.");
            alice.send("quit");
            alice.await("Goodbye.");
        }
        try (TelnetClient again = new TelnetClient(server.telnetPort())) {
            again.await(TelnetClient.NAME_PROMPT);
            again.answerAsKnownCharacter("alice", "secret12");
            assertThat(again.await("The Common Room")).endsWith("\r\n" + MOTD + "\r\nThe Common Room");
        }
    }

    @Test
    void overSshTheMessageOfTheDayComesFirst() throws Exception {
        try (SshPlayer carol = SshPlayer.createCharacter(server.sshPort(), "Carol", "hidden99", null)) {
            // (await returns all that came, so it is given the exact lines that must arrive together)
            carol.await(" Type help for the commands.\r\n" + MOTD + "\r\nThe Common Room\r\n");
            carol.send("quit");
            carol.awaitClosed();
        }
        try (SshPlayer carol = SshPlayer.connect(server.sshPort(), "carol", "hidden99", false)) {
            carol.await("\r\n" + MOTD + "\r\nThe Common Room\r\n");
            carol.send("quit");
            carol.awaitClosed();
        }
    }

    @Test
    void qIsNotQuitButSaysHowToQuit() throws Exception {
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            alice.send("q");
            assertThat(alice.await("> ")).isEqualTo("Type 'quit' in full if you mean it.\r\n> ");
            alice.send("look");
            alice.await("The Common Room");
            alice.send("quit");
            assertThat(alice.awaitClosed()).contains("Goodbye.");
        }
    }

    @Test
    void comingBackToYourLinkDeadCharacterIsAWelcomeBack() throws Exception {
        try (TelnetClient bob = TelnetClient.createCharacter(server.telnetPort(), "Bobby", "secret34")) {
            TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12");
            bob.await("Alice has entered the game.");
            // The connection drops without a quit: the character stays, link-dead.
            alice.close();
            bob.await("Alice stares blankly, lost in thought.");
            try (TelnetClient back = new TelnetClient(server.telnetPort())) {
                back.await(TelnetClient.NAME_PROMPT);
                back.answerAsKnownCharacter("alice", "secret12");
                String welcome = back.await("Pembrook and Bobby are here.");
                assertThat(welcome).contains("\r\n" + MOTD + "\r\nWelcome back.\r\n" + COMMON_ROOM + "\r\n")
                        .doesNotContain("take over");
                bob.await("Alice wakes up.");
            }
        }
    }
}
