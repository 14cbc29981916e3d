package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.ssh.Capture;
import brass.world.model.Thing;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole server: a telnet player (a raw socket that says it is an xterm) and an SSH player
 * with a PTY watch the terrarium of the default world together.
 */
class ServerWatchTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ENTER = "\u001b[?1049h";
    private static final String LEAVE = "\u001b[?1049l";

    @TempDir
    Path dir;

    private Server server;

    @BeforeEach
    void start() throws Exception {
        server = TestServers.started(dir);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private <T> T onLoop(Supplier<T> work) throws Exception {
        return server.reactor().call(work::get).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private int snakes() throws Exception {
        return onLoop(() -> {
            Thing tank = server.game().world().things().stream().filter(t -> t.name().equals("terrarium"))
                    .findFirst().orElseThrow();
            return server.terrariums().find(tank).orElseThrow().terrarium().snakes().size();
        });
    }

    private static void type(ChannelShell shell, String keys) throws IOException {
        OutputStream in = shell.getInvertedIn();
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    @Test
    void aTelnetAndAnSshPlayerWatchTheTerrariumTogether() throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (TelnetClient alice = new TelnetClient(server.telnetPort(), "xterm");
             ClientSession s = client.connect("new", "127.0.0.1", server.sshPort()).verify(WAIT).getSession()) {
            alice.await("By what name shall we know you? ");
            alice.send("Alice");
            alice.await("Create that character? (yes/no) ");
            alice.send("yes");
            alice.await("Choose a password");
            alice.send("secret12");
            alice.await("Type it again: ");
            alice.send("secret12");
            alice.await("Welcome, Alice!");

            s.auth().verify(WAIT);
            ChannelShell shell = s.createShellChannel();
            shell.setPtyType("xterm-256color");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            Capture carol = new Capture();
            shell.setOut(carol);
            shell.open().verify(WAIT);
            carol.await("By what name shall we know you?");
            type(shell, "Carol\r");
            carol.await("(yes/no)");
            type(shell, "yes\r");
            carol.await("Choose a password");
            type(shell, "hidden99\r");
            carol.await("Type it again:");
            type(shell, "hidden99\r");
            carol.await("Welcome, Carol!");

            // Both walk to the conservatory: east, east.
            for (String step : new String[] {"The Snug", "The Conservatory"}) {
                alice.send("east");
                alice.await(step);
                type(shell, "east\r");
                carol.await(step);
            }

            alice.send("watch terrarium");
            alice.await(ENTER);
            alice.await("s: spawn a snake");
            type(shell, "watch terrarium\r");
            carol.await(ENTER);
            carol.await("s: spawn a snake");

            // Alice (telnet, line mode) spawns a snake; both screens keep being drawn.
            int before = snakes();
            alice.send("s");
            alice.await("A new snake slithers out");
            assertThat(snakes()).isEqualTo(before + 1);
            for (int i = 0; i < 3; i++) {
                alice.await("\u001b[");
                carol.await("\u001b[");
            }

            // Carol (SSH) presses h, no Enter: the loop stalls, the animation goes on for both.
            type(shell, "h");
            carol.await("Hiccup! The whole game stood still");
            for (int i = 0; i < 3; i++) {
                alice.await("\u001b[");
                carol.await("\u001b[");
            }

            // q, no Enter: Carol is back in the room, her view whole again; Alice still watches.
            type(shell, "q");
            carol.await(LEAVE);
            String back = carol.await("Glass above, glass on three sides");
            String after = back.substring(back.lastIndexOf(LEAVE));
            assertThat(after).contains("\u001b[2J").contains("\u001b[1;22r").contains(" The Conservatory");
            type(shell, "say back from the glass\r");
            carol.await("You say, \"back from the glass\"");
            alice.await("\u001b[");
            alice.send("q");
            alice.await(LEAVE);
            alice.await("Carol says, \"back from the glass\"");

            type(shell, "quit\r");
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        } finally {
            client.stop();
        }
    }

    @Test
    void withoutAPtyWatchingIsRefusedWithAReason() throws Exception {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (ClientSession s = client.connect("new", "127.0.0.1", server.sshPort()).verify(WAIT).getSession()) {
            s.auth().verify(WAIT);
            ChannelShell shell = s.createShellChannel();
            shell.setUsePty(false);
            Capture dave = new Capture();
            shell.setOut(dave);
            shell.open().verify(WAIT);
            dave.await("By what name shall we know you?");
            type(shell, "Dave\n");
            dave.await("(yes/no)");
            type(shell, "yes\n");
            dave.await("Choose a password");
            type(shell, "hidden88\n");
            dave.await("Type it again:");
            type(shell, "hidden88\n");
            dave.await("Welcome, Dave!");
            type(shell, "east\neast\nwatch terrarium\n");
            dave.await("The Conservatory");
            dave.await("cannot show");
            dave.await("ANSI cursor movement");
            assertThat(dave.text()).doesNotContain("\u001b[");
            type(shell, "quit\n");
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        } finally {
            client.stop();
        }
    }
}
