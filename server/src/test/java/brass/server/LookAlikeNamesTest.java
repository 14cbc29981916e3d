package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole server with the default world and its database: a character's name cannot pass for
 * another's, a reserved word's or one of the world's own characters' (Pembrook the butler,
 * Sprocket the cat), whether the character is made over telnet or by SSH's newcomer.
 */
class LookAlikeNamesTest {

    private static final String NAME_PROMPT = "By what name shall we know you? ";
    private static final String TOO_LIKE = "That name is too like another character's name; choose another.";
    private static final String MIXED = "A name uses one script: letters of different alphabets cannot be mixed.";

    @RegisterExtension
    final RunningServer server = RunningServer.startedBeforeEach();

    @Test
    void overTelnetLookAlikesOfCharactersNpcsAndReservedWordsAreRefused() throws Exception {
        try (TelnetClient wizard = TelnetClient.createCharacter(server.telnetPort(), "Wizard", "secret12");
             TelnetClient c = new TelnetClient(server.telnetPort())) {
            c.await(NAME_PROMPT);
            for (String[] attempt : new String[][] {
                    {"Wіzard", MIXED}, // Cyrillic і
                    {"Аdmin", MIXED}, // Cyrillic А
                    {"ADMİN", "'Admin' is a word the game uses; please pick another name."},
                    {"Ѕуѕор", TOO_LIKE}, // all Cyrillic: sysop
                    {"Pembrook", TOO_LIKE},
                    {"Pernbrook", TOO_LIKE}, // rn for m
                    {"Sprocket", TOO_LIKE},
                    {"Ѕprocket", MIXED}, // Cyrillic Ѕ
                    {"look", "'Look' is a word the game uses; please pick another name."}}) {
                c.send(attempt[0]);
                c.await(attempt[1]);
                c.await(NAME_PROMPT);
            }
            // Full width is the same name, Wizard: its password is asked for.
            c.send("Ｗｉｚａｒｄ");
            c.await("Password: ");
        }
        try (TelnetClient c = new TelnetClient(server.telnetPort())) {
            c.await(NAME_PROMPT);
            c.send("ﬀoo");
            c.await("No one called Ffoo lives here yet. Create that character? (yes/no) ");
        }
    }

    @Test
    void theSshNewcomerIsHeldToTheSameRules() throws Exception {
        try (TelnetClient wizard = TelnetClient.createCharacter(server.telnetPort(), "Wizard", "secret12");
             SshPlayer newcomer = SshPlayer.connect(server.sshPort(), "new", null, true)) {
            newcomer.await("By what name shall we know you?");
            for (String[] attempt : new String[][] {
                    {"Wіzard", MIXED},
                    {"ADMİN", "'Admin' is a word the game uses; please pick another name."},
                    {"Sprocket", TOO_LIKE},
                    {"Pembrооk", MIXED}, // Cyrillic о
                    {"Ѕуѕор", TOO_LIKE}}) {
                newcomer.send(attempt[0]);
                newcomer.await(attempt[1]);
                newcomer.await("By what name shall we know you?");
            }
            newcomer.send("ﬀoo");
            newcomer.await("No one called Ffoo lives here yet.");
            newcomer.send("yes");
            newcomer.await("Choose a password");
            newcomer.send("hidden99");
            newcomer.await("Type it again:");
            newcomer.send("hidden99");
            newcomer.await("Welcome, Ffoo!");
            wizard.await("Ffoo has entered the game.");
        }
        assertThat(server.get().game().world().find(brass.world.model.World.playerId("Ffoo"))).isPresent();
    }
}
