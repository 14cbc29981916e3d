package brass.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.EventLoopReactor;
import brass.protocols.account.InMemoryAccountStore;
import brass.protocols.account.PasswordHasher;
import brass.protocols.guard.ConnectionGate;
import brass.protocols.guard.Guard;
import brass.protocols.guard.LogLimiter;
import brass.protocols.play.Lobby;
import brass.protocols.play.PlaySettings;
import brass.protocols.telnet.TelnetServer;
import brass.world.demo.DemoWorld;
import brass.world.game.Game;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SSH's share of the connection caps and the login timeout: real sockets, MINA's own client. */
class SshLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private EventLoopReactor reactor;
    private InMemoryAccountStore accounts;
    private PasswordHasher hasher;
    private SshClient client;
    private SshGameServer ssh;
    private TelnetServer telnet;

    @BeforeEach
    void start() throws Exception {
        reactor = new EventLoopReactor().start();
        accounts = new InMemoryAccountStore();
        hasher = new PasswordHasher(1_000);
        accounts.create("Alice", hasher.hash("secret12")).toCompletableFuture().get(10, TimeUnit.SECONDS);
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> true);
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        if (ssh != null) {
            ssh.close();
        }
        if (telnet != null) {
            telnet.close();
        }
        reactor.shutdown().get(10, TimeUnit.SECONDS);
    }

    private Lobby lobby(Guard guard) throws Exception {
        return lobby(guard, PlaySettings.defaults());
    }

    private Lobby lobby(Guard guard, PlaySettings play) throws Exception {
        return reactor.call(() -> new Lobby(new Game(DemoWorld.create(), reactor), accounts, hasher, play, guard))
                .get(10, TimeUnit.SECONDS);
    }

    private SshGameServer.Settings settings() {
        return SshGameServer.Settings.defaults(dir.resolve("ssh_host_key")).withPort(0);
    }

    /** A session to the server, with what the server said when it disconnected it, if it did. */
    private record Connected(ClientSession session, CompletableFuture<String> disconnect) {
    }

    private Connected connect(String user) throws Exception {
        CompletableFuture<String> said = new CompletableFuture<>();
        ClientSession s = client.connect(user, "127.0.0.1", ssh.port()).verify(WAIT).getSession();
        s.addSessionListener(new SessionListener() {
            @Override
            public void sessionDisconnect(Session session, int reason, String msg, String language, boolean initiator) {
                said.complete(msg);
            }

            @Override
            public void sessionClosed(Session session) {
                said.complete("(closed without a word)");
            }
        });
        return new Connected(s, said);
    }

    @Test
    void telnetAndSshShareTheCapAndTheRefusedAreToldWhy() throws Exception {
        Guard guard = new Guard(new ConnectionGate.Caps(2, 100), LogLimiter.Budget.defaults(), reactor.clock());
        Lobby lobby = lobby(guard);
        ssh = new SshGameServer(reactor, lobby, settings()).start();
        telnet = new TelnetServer(reactor, TelnetServer.Settings.defaults().withPort(0), guard, lobby::accept).start();
        try (Socket t = new Socket("127.0.0.1", telnet.port())) {
            t.setSoTimeout(10_000);
            readUntil(t.getInputStream(), "By what name");
            Connected second = connect("alice");
            second.session().addPasswordIdentity("secret12");
            second.session().auth().verify(WAIT);
            Connected third = connect("alice");
            assertThat(third.disconnect().get(20, TimeUnit.SECONDS))
                    .isEqualTo("Too many connections from your address; try again later.");
            assertThat(third.session().waitFor(EnumSet.of(ClientSessionEvent.CLOSED), WAIT))
                    .contains(ClientSessionEvent.CLOSED);
            // And the other way round: a telnet client over the cap hears the same.
            try (Socket fourth = new Socket("127.0.0.1", telnet.port())) {
                fourth.setSoTimeout(10_000);
                assertThat(new String(fourth.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                        .isEqualTo("Too many connections from your address; try again later.\r\n");
            }
            second.session().close();
        }
    }

    @Test
    void aSessionThatAuthenticatesButOpensNoShellIsClosedAtTheLoginTimeout() throws Exception {
        ssh = new SshGameServer(reactor, lobby(Guard.uncapped(reactor.clock()),
                PlaySettings.defaults().withLoginTimeout(Duration.ofMillis(500))), settings()).start();
        Connected newcomer = connect("new");
        Connected player = connect("alice");
        newcomer.session().auth().verify(WAIT);
        player.session().addPasswordIdentity("secret12");
        player.session().auth().verify(WAIT);
        assertThat(newcomer.disconnect().get(20, TimeUnit.SECONDS)).isEqualTo("You took too long to log in. Goodbye.");
        assertThat(player.disconnect().get(20, TimeUnit.SECONDS)).isEqualTo("You took too long to log in. Goodbye.");
    }

    @Test
    void theAuthTimeoutIsWhatTheSettingsSay() throws Exception {
        ssh = new SshGameServer(reactor, lobby(Guard.uncapped(reactor.clock())),
                settings().withAuthTimeout(Duration.ofSeconds(42))).start();
        assertThat(ssh.authTimeout()).isEqualTo(Duration.ofSeconds(42));
    }

    private static void readUntil(InputStream in, String expected) throws Exception {
        StringBuilder seen = new StringBuilder();
        byte[] buf = new byte[1024];
        while (seen.indexOf(expected) < 0) {
            int n = in.read(buf);
            if (n < 0) {
                throw new AssertionError("closed before '" + expected + "': " + seen);
            }
            seen.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
        }
    }
}
