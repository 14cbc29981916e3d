package brass.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brass.engine.reactor.EventLoopReactor;
import brass.protocols.account.Account;
import brass.protocols.account.InMemoryAccountStore;
import brass.protocols.account.PasswordHasher;
import brass.protocols.play.Lobby;
import brass.protocols.play.PlaySettings;
import brass.protocols.session.Connection;
import brass.world.model.Thing;
import brass.world.demo.DemoWorld;
import brass.world.game.Game;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelDirectTcpip;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A real SSH server on an ephemeral port, a real game loop, and MINA's own client. */
class SshGameServerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private EventLoopReactor reactor;
    private InMemoryAccountStore accounts;
    private PasswordHasher hasher;
    private Lobby lobby;
    private SshGameServer server;
    private SshClient client;
    private final CompletableFuture<PublicKey> serverKey = new CompletableFuture<>();

    @BeforeEach
    void start() throws Exception {
        reactor = new EventLoopReactor().start();
        accounts = new InMemoryAccountStore();
        hasher = new PasswordHasher(1_000);
        CompletableFuture<Lobby> made = new CompletableFuture<>();
        reactor.execute(() -> made.complete(new Lobby(new Game(DemoWorld.create(), reactor), accounts, hasher,
                PlaySettings.defaults())));
        lobby = made.get(10, TimeUnit.SECONDS);
        accounts.create("Alice", hasher.hash("secret12")).toCompletableFuture().get(10, TimeUnit.SECONDS);
        server = startServer();
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> {
            serverKey.complete(key);
            return true;
        });
        client.start();
    }

    private SshGameServer startServer() throws Exception {
        return new SshGameServer(reactor, lobby, SshGameServer.Settings.defaults(dir.resolve("data/ssh_host_key"))
                .withPort(0)).start();
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        server.close();
        reactor.shutdown().get(10, TimeUnit.SECONDS);
    }

    private ClientSession connect(String user) throws Exception {
        return client.connect(user, "127.0.0.1", server.port()).verify(WAIT).getSession();
    }

    private ClientSession login(String user, String password) throws Exception {
        ClientSession s = connect(user);
        s.addPasswordIdentity(password);
        s.auth().verify(WAIT);
        return s;
    }

    /** A shell with a PTY of the given size; what the server sends goes to {@code out}. */
    private static ChannelShell shell(ClientSession s, Capture out, int columns, int lines) throws Exception {
        ChannelShell shell = s.createShellChannel();
        shell.setPtyType("xterm-256color");
        shell.setPtyColumns(columns);
        shell.setPtyLines(lines);
        shell.setOut(out);
        shell.setErr(out);
        shell.open().verify(WAIT);
        return shell;
    }

    private static void type(ChannelShell shell, String keys) throws Exception {
        OutputStream in = shell.getInvertedIn();
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    @Test
    void aPasswordLoginGetsTheFullScreenViewAndPlays() throws Exception {
        try (ClientSession s = login("alice", "secret12")) {
            Capture out = new Capture();
            ChannelShell shell = shell(s, out, 80, 24);
            // The scroll region leaves the last two rows to the status line and the input line.
            out.await("\u001b[1;22r");
            out.await("Foyer");
            out.await(" 1 player");
            type(shell, "say hello there\r");
            out.await("You say, \"hello there\"");
            // Colours by TERM: xterm-256color gets escape codes.
            assertThat(out.text()).contains("\u001b[0;");
            type(shell, "quit\r");
            assertThat(shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT)).contains(ClientChannelEvent.CLOSED);
            assertThat(shell.getExitStatus()).isEqualTo(0);
        }
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        try (ClientSession s = connect("alice")) {
            s.addPasswordIdentity("wrong-one");
            assertThatThrownBy(() -> s.auth().verify(WAIT)).hasMessageContaining("authentication");
        }
        try (ClientSession s = connect("nobody")) {
            s.addPasswordIdentity("whatever1");
            assertThatThrownBy(() -> s.auth().verify(WAIT)).hasMessageContaining("authentication");
        }
    }

    @Test
    void aPasswordLongerThanAnyThatCanBeChosenIsRefused() throws Exception {
        String longest = "q".repeat(PasswordHasher.MAX_PASSWORD_LENGTH);
        accounts.create("Longpass", hasher.hash(longest)).toCompletableFuture().get(10, TimeUnit.SECONDS);
        try (ClientSession s = connect("longpass")) {
            s.addPasswordIdentity(longest + "q");
            assertThatThrownBy(() -> s.auth().verify(WAIT)).hasMessageContaining("authentication");
        }
        login("longpass", longest).close();
    }

    @Test
    void aKeyAddedInTheGameLogsIn() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(256);
        KeyPair pair = gen.generateKeyPair();
        String line = PublicKeyEntry.toString(pair.getPublic()) + " test@key";
        try (ClientSession s = connect("alice")) {
            s.addPublicKeyIdentity(pair);
            assertThatThrownBy(() -> s.auth().verify(WAIT)).hasMessageContaining("authentication");
        }
        try (ClientSession s = login("alice", "secret12")) {
            Capture out = new Capture();
            ChannelShell shell = shell(s, out, 200, 30);
            out.await("Foyer");
            type(shell, "keys add not a key\r");
            out.await("That is not an OpenSSH public key line.");
            type(shell, "keys add " + line + "\r");
            out.await("Key added: ");
            type(shell, "keys list\r");
            out.await("1. " + KeyUtils.getKeyType(pair.getPublic()) + " " + KeyUtils.getFingerPrint(pair.getPublic())
                    + " test@key");
            type(shell, "quit\r");
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        }
        Account saved = accounts.find("alice").toCompletableFuture().get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(saved.publicKeys()).containsExactly(line);
        try (ClientSession s = connect("alice")) {
            s.addPublicKeyIdentity(pair);
            s.auth().verify(WAIT);
            Capture out = new Capture();
            ChannelShell shell = shell(s, out, 80, 24);
            out.await("Foyer");
            type(shell, "keys remove 1\r");
            out.await("Key removed:");
            type(shell, "quit\r");
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        }
        assertThat(accounts.find("alice").toCompletableFuture().get(10, TimeUnit.SECONDS).orElseThrow().publicKeys())
                .isEmpty();
    }

    @Test
    void ed25519AndRsaKeyLinesAreUnderstood() {
        assertThat(KeysCommand.parse("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN3aXvA+w2NRQZhzBhF/ecWPVKxl7ngA/QA6wFzXxW1d "
                + "alice@laptop")).isPresent();
        assertThat(KeysCommand.describe("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIN3aXvA+w2NRQZhzBhF/ecWPVKxl7ngA/QA6wFzXxW1d "
                + "alice@laptop")).contains("SHA256:IpJB6Oiz13h0tPTsHS1+BWwCqbNylkNYEKcaGRmhSns");
        assertThat(KeysCommand.parse("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDhOlvnA/7McY2XDC6S43NNdlrku9g6B3z6h50wXlC7H2"
                + "NUfPfxuPPAEzRSqNrVge9bstc8Wj6MDRVky6CsqjUxc0WNXEkF4sJ4S6Uj6RqcbHvVIb2xqOBeydAjXeUpDDjzi1ViSvOq6vQibiE4VeeDd4"
                + "bJHCG6Lenur60SE3Gxn3RcSlzSywHnNBht+vNOJ/fEoNIs+bT6VRdyxaOK7Z7p8A/8gac/6UviDcWUKjrjWVmHl5WK7Qt6AeBET8aMbH9ir"
                + "EsKQAyTvBHrD+fKROaNnnYAzS+NBtlm0NryftGJMFE1iqFOl+MGLVehd8NQIZrOuDwy54E2Sn8I84ZJRV4D rsa key")).isPresent();
        assertThat(KeysCommand.parse("ssh-ed25519 AAAAbroken")).isEmpty();
        assertThat(KeysCommand.parse("")).isEmpty();
    }

    @Test
    void aNewcomerCreatesACharacterThroughTheGamesDialogue() throws Exception {
        try (ClientSession s = connect("new")) {
            s.auth().verify(WAIT);
            Capture out = new Capture();
            ChannelShell shell = shell(s, out, 80, 24);
            out.await("By what name shall we know you?");
            type(shell, "Carol\r");
            out.await("Create that character? (yes/no)");
            type(shell, "yes\r");
            out.await("Choose a password");
            type(shell, "hidden99\r");
            out.await("Type it again:");
            type(shell, "hidden99\r");
            out.await("Welcome, Carol!");
            out.await("Foyer");
            assertThat(out.text()).doesNotContain("hidden99");
        }
        assertThat(accounts.find("carol").toCompletableFuture().get(10, TimeUnit.SECONDS)).isPresent();
    }

    @Test
    void aWindowChangeRedrawsAtTheNewSize() throws Exception {
        try (ClientSession s = login("alice", "secret12")) {
            Capture out = new Capture();
            ChannelShell shell = shell(s, out, 80, 24);
            out.await("\u001b[1;22r");
            out.await("Foyer");
            type(shell, "half");
            shell.sendWindowChange(50, 15);
            // Cleared, a new region of 13 rows, the status on row 14, the input still there on row 15.
            String all = out.await("\u001b[1;13r");
            out.await("\u001b[14;1H");
            out.await("\u001b[15;1H");
            out.await("half");
            assertThat(all).contains("\u001b[2J");
            type(shell, "\u0015look\r");
            out.await("Foyer");
        }
    }

    private <T> T onLoop(Supplier<T> work) throws Exception {
        return reactor.call(work::get).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private Thing player(String name) {
        return lobby.game().players().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** Writes a frame on the loop; the future says whether it completed back on the loop. */
    private CompletableFuture<Boolean> frame(Connection c, String ansi) {
        CompletableFuture<Boolean> onTheLoop = new CompletableFuture<>();
        reactor.execute(() -> c.sendFrame(ansi).whenComplete((ok, error) -> {
            if (error != null) {
                onTheLoop.completeExceptionally(error);
            } else {
                onTheLoop.complete(reactor.inLoop());
            }
        }));
        return onTheLoop;
    }

    @Test
    void fullScreenFramesAreWrittenKeysArriveOneByOneAndTheViewReturns() throws Exception {
        try (ClientSession s = login("alice", "secret12")) {
            Capture out = new Capture();
            ChannelShell shell = shell(s, out, 80, 24);
            out.await("\u001b[1;22r");
            out.await(" 1 player");
            BlockingQueue<String> keys = new LinkedBlockingQueue<>();
            Lobby.InputOwner owner = new Lobby.InputOwner() {
                @Override
                public void onLine(String line) {
                    keys.add(line);
                }

                @Override
                public void onDisconnect() {
                }
            };
            Connection c = onLoop(() -> {
                Thing alice = player("Alice");
                Connection conn = lobby.connection(alice).orElseThrow();
                assertThat(conn.canDrawFullScreen()).isTrue();
                assertThat(lobby.capture(alice, owner)).isTrue();
                conn.fullScreen(true);
                return conn;
            });
            // A frame leaves, and its write future completes, back on the game loop.
            assertThat(frame(c, "\u001b[?1049h\u001b[1;1HFRAME-ONE").get(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            out.await("FRAME-ONE");
            // Keys go one by one, without Enter, and nothing is echoed.
            type(shell, "sh");
            assertThat(keys.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("s");
            assertThat(keys.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("h");
            // A window change asks the painter for a whole repaint (an empty line), and the view
            // keeps off the screen.
            shell.sendWindowChange(60, 20);
            assertThat(keys.poll(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("");
            // Game text is held while watching; frames keep coming, many and in order.
            onLoop(() -> {
                c.send("A message for later.");
                return null;
            });
            for (int i = 0; i < 50; i++) {
                assertThat(frame(c, "\u001b[2;1HFRAME-" + i).get(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            }
            String during = out.await("FRAME-49");
            String watching = during.substring(during.indexOf("FRAME-ONE"));
            assertThat(watching).doesNotContain("sh").doesNotContain("A message for later")
                    .doesNotContain("\u001b[24;1H").doesNotContain("\u001b[1;18r");
            // Back: the whole view again, at the new size, and the held text.
            onLoop(() -> {
                c.sendFrame("\u001b[?1049l");
                c.fullScreen(false);
                lobby.release(player("Alice"), owner);
                return null;
            });
            String after = out.await("\u001b[1;18r");
            assertThat(after.substring(after.lastIndexOf("FRAME-49"))).contains("\u001b[2J");
            out.await("\u001b[19;1H");
            out.await("A message for later.");
            type(shell, "say back again\r");
            out.await("You say, \"back again\"");
            assertThat(keys).isEmpty();
        }
    }

    @Test
    void withoutAPtyNoFullScreen() throws Exception {
        try (ClientSession s = login("alice", "secret12")) {
            Capture out = new Capture();
            ChannelShell shell = s.createShellChannel();
            shell.setUsePty(false);
            shell.setOut(out);
            shell.open().verify(WAIT);
            out.await("Foyer");
            assertThat(onLoop(() -> lobby.connection(player("Alice")).orElseThrow().canDrawFullScreen())).isFalse();
        }
    }

    @Test
    void withoutAPtyItIsPlainLines() throws Exception {
        try (ClientSession s = login("alice", "secret12")) {
            Capture out = new Capture();
            ChannelShell shell = s.createShellChannel();
            shell.setUsePty(false);
            shell.setOut(out);
            shell.setErr(out);
            shell.open().verify(WAIT);
            out.await("Foyer");
            type(shell, "look\n");
            out.await("Foyer");
            type(shell, "quit\n");
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            assertThat(out.text()).doesNotContain("\u001b[");
        }
    }

    @Test
    void execIsRefusedWithExitStatusOne() throws Exception {
        try (ClientSession s = login("alice", "secret12")) {
            Capture out = new Capture();
            ChannelExec exec = s.createExecChannel("cat /etc/passwd");
            exec.setOut(out);
            exec.setErr(out);
            exec.open().verify(WAIT);
            Set<ClientChannelEvent> events = exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            assertThat(events).contains(ClientChannelEvent.CLOSED);
            assertThat(exec.getExitStatus()).isEqualTo(1);
            assertThat(out.text()).contains("runs no commands").doesNotContain("root:");
        }
    }

    @Test
    void sftpAndForwardingAreRefused() throws Exception {
        try (ClientSession s = login("alice", "secret12")) {
            ChannelSubsystem sftp = s.createSubsystemChannel("sftp");
            Capture out = new Capture();
            sftp.setOut(out);
            boolean opened;
            try {
                opened = sftp.open().verify(WAIT).isOpened();
            } catch (Exception e) {
                opened = false;
            }
            if (opened) {
                assertThat(sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT)).contains(ClientChannelEvent.CLOSED);
            }
            assertThat(out.text()).isEmpty();

            ChannelDirectTcpip local = s.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 0),
                    new SshdSocketAddress("127.0.0.1", server.port()));
            assertThatThrownBy(() -> local.open().verify(WAIT)).isInstanceOf(Exception.class);

            assertThatThrownBy(() -> s.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                    new SshdSocketAddress("127.0.0.1", 9))).isInstanceOf(Exception.class);
            // The session itself is still good for playing.
            Capture game = new Capture();
            ChannelShell shell = shell(s, game, 80, 24);
            game.await("Foyer");
            shell.close(false);
        }
    }

    @Test
    void theHostKeyIsKeptAcrossARestart() throws Exception {
        String before = server.hostKeyFingerprint();
        try (ClientSession s = login("alice", "secret12")) {
            assertThat(KeyUtils.getFingerPrint(serverKey.get(10, TimeUnit.SECONDS))).isEqualTo(before);
        }
        server.close();
        server = startServer();
        assertThat(server.hostKeyFingerprint()).isEqualTo(before).startsWith("SHA256:");
        CompletableFuture<PublicKey> again = new CompletableFuture<>();
        client.setServerKeyVerifier((session, address, key) -> again.complete(key));
        try (ClientSession s = login("alice", "secret12")) {
            assertThat(KeyUtils.getFingerPrint(again.get(10, TimeUnit.SECONDS))).isEqualTo(before);
        }
    }

    /**
     * Alice's shell cannot write (its executor is held, and its monitor too, as MINA's input
     * thread held it while echoing keys); Bobby talks to her. The loop delivers to her shell and
     * goes on at once; what it handed over arrives, in order, once her side moves again.
     */
    @Test
    void theLoopNeverWaitsForAShellWhoseOutputSideIsStuck() throws Exception {
        accounts.create("Bobby", hasher.hash("secret34")).toCompletableFuture().get(10, TimeUnit.SECONDS);
        try (ClientSession a = login("alice", "secret12"); ClientSession b = login("bobby", "secret34")) {
            Capture alice = new Capture();
            ChannelShell aliceShell = shell(a, alice, 80, 24);
            alice.await("Foyer");
            Capture bobby = new Capture();
            ChannelShell bobbyShell = shell(b, bobby, 80, 24);
            bobby.await("Foyer");
            alice.await("Bobby");
            GameShell stuck = server.shells().get(0); // Alice's, opened first
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch held = new CountDownLatch(2);
            Thread input = new Thread(() -> {
                synchronized (stuck) {
                    held.countDown();
                    awaitQuietly(release);
                }
            }, "held-like-mina-input");
            input.start();
            stuck.executor().execute(() -> {
                held.countDown();
                awaitQuietly(release);
            });
            assertThat(held.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            try {
                type(aliceShell, "say typed while stuck\r");
                type(bobbyShell, "say hello over there\r");
                bobby.await("You say, \"hello over there\"");
                // The turn that delivered to Alice is over, and the loop takes more work.
                assertThat(reactor.call(() -> "free").get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("free");
                assertThat(alice.text()).doesNotContain("hello over there").doesNotContain("typed while stuck");
            } finally {
                release.countDown();
                input.join();
            }
            alice.await("Bobby says, \"hello over there\"");
            bobby.await("Alice says, \"typed while stuck\"");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anIdlePlayerIsWarnedThenDisconnected() throws Exception {
        server.close();
        server = new SshGameServer(reactor, lobby, SshGameServer.Settings.defaults(dir.resolve("data/ssh_host_key"))
                .withPort(0).withIdleTimeout(Duration.ofSeconds(2))).start();
        try (ClientSession s = login("alice", "secret12")) {
            Capture out = new Capture();
            ChannelShell shell = shell(s, out, 80, 24);
            out.await("Foyer");
            out.await("you will be disconnected soon");
            out.await("You have been idle too long. Goodbye.");
            assertThat(shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT)).contains(ClientChannelEvent.CLOSED);
        }
    }

    @Test
    void aClientThatDoesNotReadIsDisconnected() throws Exception {
        server.close();
        server = new SshGameServer(reactor, lobby, SshGameServer.Settings.defaults(dir.resolve("data/ssh_host_key"))
                .withPort(0).withLimits(new brass.protocols.session.ConnectionLimits(4096, 64))).start();
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        ch.qos.logback.classic.Logger connections = (ch.qos.logback.classic.Logger) LoggerFactory
                .getLogger(brass.protocols.session.GameConnection.class);
        connections.addAppender(seen);
        // A small window, and output read by nobody: the server's writes stop leaving.
        org.apache.sshd.core.CoreModuleProperties.WINDOW_SIZE.set(client, 8192L);
        try (ClientSession s = login("alice", "secret12")) {
            ChannelShell shell = s.createShellChannel();
            shell.setPtyType("xterm");
            shell.setStreaming(org.apache.sshd.client.channel.ClientChannel.Streaming.Async);
            shell.open().verify(WAIT);
            // Sixty commands (under the 64 a connection may have waiting) in one write, sent before
            // their output can pile up: about 30 KB of room descriptions nobody reads. Written one by
            // one, a later write could meet a connection the server had already dropped.
            shell.getAsyncIn().writeBuffer(new org.apache.sshd.common.util.buffer.ByteArrayBuffer(
                    "look\r".repeat(60).getBytes(StandardCharsets.UTF_8))).verify(WAIT);
            assertThat(shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT)).contains(ClientChannelEvent.CLOSED);
        } finally {
            connections.detachAppender(seen);
        }
        // Dropped for not reading (logged before the connection is closed), not for anything else.
        assertThat(seen.list).map(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.matches("connection \\d+ \\(.+\\) is not reading: \\d+ chars of output unsent"
                        + " \\(bound 4096\\); disconnecting it"));
    }

    @Test
    void tooManyAuthenticationAttemptsEndTheConnection() throws Exception {
        server.close();
        server = new SshGameServer(reactor, lobby, SshGameServer.Settings.defaults(dir.resolve("data/ssh_host_key"))
                .withPort(0).withMaxAuthRequests(2)).start();
        try (ClientSession s = connect("alice")) {
            for (String p : List.of("bad1bad1", "bad2bad2", "bad3bad3", "secret12")) {
                s.addPasswordIdentity(p);
            }
            assertThatThrownBy(() -> s.auth().verify(WAIT)).isInstanceOf(Exception.class);
        }
    }
}
