package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Input limits and what the transports take out of input, over telnet and SSH against the whole
 * server: a standard RSA public key fits {@code keys add}, an over-long ordinary command is
 * refused with its limit named, and bidirectional controls never reach anyone's screen.
 */
class InputLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static KeyPair rsa4096;
    private static KeyPair rsa3072;

    @RegisterExtension
    final RunningServer server = RunningServer.startedBeforeEach();

    @BeforeAll
    static void keys() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(4096);
        rsa4096 = gen.generateKeyPair();
        gen.initialize(3072);
        rsa3072 = gen.generateKeyPair();
    }

    private static String line(KeyPair pair, String comment) {
        return PublicKeyEntry.toString(pair.getPublic()) + " " + comment;
    }

    /** What {@code keys add} answers, without the key's comment (80 columns wrap it onto the next line). */
    private static String added(KeyPair pair) {
        return "Key added: " + KeyUtils.getKeyType(pair.getPublic()) + " " + KeyUtils.getFingerPrint(pair.getPublic());
    }

    /** Makes a character over telnet, and leaves the game with it. */
    private void createAndLeave(String name, String password) throws Exception {
        try (TelnetClient c = TelnetClient.createCharacter(server.telnetPort(), name, password)) {
            c.send("quit");
            c.await("Goodbye.");
        }
    }

    @Test
    void aStandardRsaKeyIsAddedOverTelnetAndOverSshAndThenLogsIn() throws Exception {
        String telnetKey = line(rsa4096, "alice@laptop");
        String sshKey = line(rsa3072, "alice@desktop");
        assertThat(telnetKey.length()).isBetween(700, 760);
        assertThat(sshKey.length()).isBetween(560, 600);
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            alice.send("keys add " + telnetKey);
            alice.await(added(rsa4096));
            alice.await("alice@laptop");
        }
        try (SshPlayer screen = SshPlayer.connect(server.sshPort(), "alice", "secret12", true)) {
            screen.await("The Common Room");
            screen.send("keys add " + sshKey);
            screen.await(added(rsa3072) + " alice@desktop");
            screen.send("keys remove 2");
            screen.await("Key removed:");
        }
        try (SshPlayer lines = SshPlayer.connect(server.sshPort(), "alice", "secret12", false)) {
            lines.await("The Common Room");
            lines.send("keys add " + sshKey);
            lines.await(added(rsa3072));
            lines.await("alice@desktop");
            lines.send("keys list");
            lines.await("2. " + KeyUtils.getKeyType(rsa3072.getPublic()));
        }
        // The 4096-bit key typed over telnet is Alice's way in.
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (ClientSession s = client.connect("alice", "127.0.0.1", server.sshPort()).verify(WAIT).getSession()) {
            s.addPublicKeyIdentity(rsa4096);
            s.auth().verify(WAIT);
            assertThat(s.isAuthenticated()).isTrue();
        } finally {
            client.stop();
        }
    }

    @Test
    void anOverlongCommandIsRefusedWithItsLimitNamedAndAnOverlongLineWithTheTransports() throws Exception {
        createAndLeave("Bobby", "secret34");
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            alice.send("say " + "x".repeat(500));
            alice.await("That line is too long (504 characters); the most I read is 400.");
            alice.send("keys add " + "k".repeat(4100));
            alice.await("[Your line was longer than 4096 bytes; it was ignored.]");
            alice.send("say still here");
            alice.await("You say, \"still here\"");
            alice.send("quit");
            alice.await("Goodbye.");
        }
        try (SshPlayer screen = SshPlayer.connect(server.sshPort(), "bobby", "secret34", true);
             SshPlayer lines = SshPlayer.connect(server.sshPort(), "alice", "secret12", false)) {
            screen.await("The Common Room");
            screen.send("say " + "x".repeat(500));
            screen.await("That line is too long (504 characters); the most I read is 400.");
            screen.send("say " + "y".repeat(4100));
            screen.await("[Your line was longer than 4096 characters; it was ignored.]");
            lines.await("The Common Room");
            lines.send("say " + "z".repeat(4100));
            lines.await("[Your line was longer than 4096 bytes; it was ignored.]");
            lines.send("say still here");
            lines.await("You say, \"still here\"");
            assertThat(lines.text()).doesNotContain("zzzz");
            assertThat(screen.text()).doesNotContain("Bobby says, \"yyyy").doesNotContain("You say, \"yyyy");
        }
    }

    @Test
    void bidirectionalControlsNeverReachAnotherPlayerOverTelnetOrSsh() throws Exception {
        createAndLeave("Bobby", "secret34");
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12");
             SshPlayer bobby = SshPlayer.connect(server.sshPort(), "bobby", "secret34", true)) {
            bobby.await("The Common Room");
            alice.await("Bobby has entered the game.");
            alice.send("say \u202eolleh\u202c and \u2066hi\u2069\u200e\u061c");
            bobby.await("Alice says, \"olleh and hi\"");
            bobby.send("say \u2067back\u2069 \u200f\u202bat\u202c you");
            alice.await("Bobby says, \"back at you\"");
            String seen = new String(alice.raw(), StandardCharsets.UTF_8) + bobby.text();
            assertThat(seen.codePoints().filter(cp -> cp == 0x200e || cp == 0x200f || cp == 0x061c
                    || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))).isEmpty();
        }
    }
}
