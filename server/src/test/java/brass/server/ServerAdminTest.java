package brass.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.protocols.ssh.Capture;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bans on the whole server, with real sockets: an admin types them over telnet; a banned address
 * (another loopback address, 127.0.0.2) is turned away by telnet and SSH before any login, and a
 * banned name cannot log in by either; bans outlast a restart.
 */
class ServerAdminTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String BANNED_HOST = "127.0.0.2";

    @RegisterExtension
    final RunningServer server = RunningServer.startedByTheTest();
    private SshClient ssh;

    @BeforeEach
    void start() throws Exception {
        ServerSeeds.account(server.config(), "Ada", "secret12", "admin");
        ServerSeeds.account(server.config(), "Mallory", "secret34");
        server.start();
        ssh = SshClient.setUpDefaultClient();
        ssh.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        ssh.start();
    }

    @AfterEach
    void stopSsh() throws Exception {
        ssh.stop();
    }

    @Test
    void anAddressBanTurnsTelnetAndSshAwayBeforeAnyLoginAndOutlastsARestart() throws Exception {
        try (TelnetClient ada = TelnetClient.logIn(server.telnetPort(), "Ada", "secret12");
             TelnetClient mallory = TelnetClient.from(BANNED_HOST, server.telnetPort()).loggedInAs("Mallory", "secret34")) {
            ada.await("Mallory has entered the game.");

            ada.send("ban 127.0.0.2 1h flooding");

            ada.await("127.0.0.2/32 is banned from this game until ");
            ada.await(": flooding.");
            assertThat(mallory.awaitClosed()).contains("Your address is banned from this game until ")
                    .contains(": flooding.");
            ada.await("Mallory has left the game.");
        }
        assertRefusedOverTelnet();
        assertRefusedOverSsh();

        server.restart();
        assertRefusedOverTelnet();
        try (TelnetClient fine = new TelnetClient(server.telnetPort())) {
            fine.await("By what name shall we know you? ");
        }
    }

    private void assertRefusedOverTelnet() throws IOException {
        try (TelnetClient again = TelnetClient.from(BANNED_HOST, server.telnetPort())) {
            String told = again.awaitClosed();
            assertThat(told).contains("Your address is banned from this game until ").contains(": flooding.")
                    .doesNotContain("By what name");
        }
    }

    private void assertRefusedOverSsh() throws Exception {
        ClientSession s = ssh.connect("new", new InetSocketAddress("127.0.0.1", server.sshPort()),
                new InetSocketAddress(BANNED_HOST, 0)).verify(WAIT).getSession();
        try (s) {
            assertThatThrownBy(() -> s.auth().verify(WAIT)).hasMessageContaining("Your address is banned from this game");
        }
        if (!ServerSshTest.installed("ssh", "-V")) {
            System.out.println("OpenSSH part skipped: OpenSSH's ssh client is not installed (apt-get install openssh-client)");
            return;
        }
        // What a player with OpenSSH reads: one line, before any password is asked.
        Process p = new ProcessBuilder("ssh", "-b", BANNED_HOST, "-p", Integer.toString(server.sshPort()),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes",
                "-F", "/dev/null", "-T", "new@127.0.0.1").redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("Your address is banned from this game until ");
        assertThat(p.exitValue()).isEqualTo(255);
    }

    @Test
    void aNameBanRefusesTheCharacterOverSshAndTelnet() throws Exception {
        try (TelnetClient ada = TelnetClient.logIn(server.telnetPort(), "Ada", "secret12")) {
            ada.send("ban Mallory spamming");
            ada.await("Mallory is banned from this game permanently: spamming.");
        }
        try (ClientSession s = ssh.connect("mallory", "127.0.0.1", server.sshPort()).verify(WAIT).getSession()) {
            s.addPasswordIdentity("secret34");
            s.auth().verify(WAIT);
            ChannelShell shell = s.createShellChannel();
            Capture screen = new Capture();
            shell.setOut(screen);
            shell.open().verify(WAIT);
            screen.await("Mallory is banned from this game permanently: spamming.");
            assertThat(shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT)).contains(ClientChannelEvent.CLOSED);
        }
        try (TelnetClient mallory = new TelnetClient(server.telnetPort())) {
            mallory.await(TelnetClient.NAME_PROMPT);
            mallory.answerAsKnownCharacter("mallory", "secret34");
            assertThat(mallory.awaitClosed()).contains("Mallory is banned from this game permanently: spamming.")
                    .doesNotContain("The Common Room");
        }
    }
}
