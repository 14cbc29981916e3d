package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.Account;
import brass.server.cli.BrassCommand;
import brass.server.store.Database;
import brass.server.store.JdbcAccountStore;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The server's local control channel, used the way an operator uses it: {@code bin/brass backup}
 * and {@code bin/brass admin} against a real server on ephemeral ports, with the server running
 * and stopped. Nothing but the server itself may reach its database.
 */
class ServerControlTest {

    @RegisterExtension
    final RunningServer server = RunningServer.startedByTheTest();
    private Path data;
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void watchTheLog() {
        data = server.dir().resolve("data");
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stopWatchingTheLog() {
        root.detachAppender(logs);
    }

    private void startServer() throws Exception {
        // The defaults put the data folder in HOME/data.
        server.start(TestServers.config(data.getParent()));
    }

    /** What a {@code bin/brass} command printed, and its exit code. */
    private record Run(int code, String out, String err) {
    }

    private Run brass(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BrassCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(data.toString());
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private List<String> logged(Level level) {
        return logs.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static final String NO_ADMIN = "no account has the admin role, so nobody can run this server from inside"
            + " the game: create a character, then make it an admin with 'bin/brass admin grant NAME'";

    @Test
    void noPortButTheGameListenersIsOpenAndTheOldBackupPortIsGone() throws Exception {
        startServer();
        assertThat(listeningPortsOfThisProcess().keySet())
                .containsExactlyInAnyOrder(server.telnetPort(), server.sshPort());
        assertThat(data.resolve("brass.tcp")).doesNotExist();
        assertThat(data.resolve("control").resolve("brass.sock")).exists();
    }

    @Test
    void aBackupOfARunningServerRestoresWithAnAccountMadeBefore() throws Exception {
        startServer();
        try (TelnetClient bob = TelnetClient.createCharacter(server.telnetPort(), "Bobby", "secret34")) {
            bob.send("quit");
            bob.await("Goodbye.");
        }
        Path zip = server.dir().resolve("backups").resolve("online.zip");
        Run backup = brass("backup", "--to", zip.toString());
        assertThat(backup).isEqualTo(new Run(0, "backup written: " + zip.toAbsolutePath() + "\n", ""));
        assertThat(logged(Level.INFO)).contains("control channel: backup written to " + zip.toAbsolutePath());
        assertThat(brass("restore", zip.toString()))
                .isEqualTo(new Run(1, "", "brass restore: a server is running on " + data + ": stop it first\n"));
        server.close();

        Files.delete(data.resolve("brass.mv.db"));
        assertThat(brass("restore", zip.toString()).code()).isZero();
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 1)) {
            ManualReactor r = new ManualReactor();
            CompletableFuture<Optional<Account>> found = new JdbcAccountStore(db, r).find("bobby").toCompletableFuture();
            r.runUntilIdle();
            assertThat(found.join()).map(Account::name).contains("Bobby");
        }
    }

    @Test
    void aWrongSecretIsRefusedAndLogged() throws Exception {
        startServer();
        String answer = ask(data.resolve("control").resolve("brass.sock"), "0".repeat(64) + "\tping\n");
        assertThat(answer).isEqualTo("refused: wrong secret\n");
        assertThat(logged(Level.WARN)).contains("control channel: refused a request: wrong secret");
        // The server goes on answering the right secret.
        assertThat(brass("admin", "list")).isEqualTo(new Run(0, "No account has a role.\n", ""));
    }

    @Test
    void theControlFilesAreTheOwnersAloneAndGoWithTheServer() throws Exception {
        startServer();
        Path control = data.resolve("control");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(control))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(control.resolve("secret"))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(control.resolve("brass.sock"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(control.resolve("secret"))).matches("[0-9a-f]{64}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("ssh_host_key"))))
                .isEqualTo("rw-------");
        server.close();
        assertThat(control.resolve("secret")).doesNotExist();
        assertThat(control.resolve("brass.sock")).doesNotExist();
    }

    @Test
    void aRunningServerGivesAndTakesRolesAndThePlayerHasThemAtOnce() throws Exception {
        startServer();
        assertThat(logged(Level.WARN)).contains(NO_ADMIN);
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            // The first account made on a new database is an ordinary player.
            alice.send("reload");
            alice.await("Only builders may reload the world.");

            assertThat(brass("admin", "grant", "alice", "builder")).isEqualTo(new Run(0,
                    "Alice now has the role builder (roles: builder). Alice is playing and was told at once.\n", ""));
            alice.await("You are now a builder.");
            alice.send("reload");
            alice.await("The world has been reloaded: 0 added, 0 removed");
            assertThat(brass("admin", "list")).isEqualTo(new Run(0, "Alice: builder\n", ""));

            assertThat(brass("admin", "grant", "Alice", "builder")).isEqualTo(new Run(0,
                    "Alice already has the role builder (roles: builder).\n", ""));
            assertThat(brass("admin", "revoke", "Alice", "builder")).isEqualTo(new Run(0,
                    "Alice no longer has the role builder (roles: none). Alice is playing and was told at once.\n",
                    ""));
            alice.await("You are no longer a builder.");
            alice.send("reload");
            alice.await("Only builders may reload the world.");
            assertThat(brass("admin", "list")).isEqualTo(new Run(0, "No account has a role.\n", ""));

            assertThat(brass("admin", "grant", "Zed")).isEqualTo(new Run(1, "",
                    "brass admin: there is no character named Zed\n"));
        }
    }

    @Test
    void withTheServerStoppedRolesChangeInTheDatabaseAndHoldAtTheNextStart() throws Exception {
        startServer();
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            alice.send("quit");
            alice.await("Goodbye.");
        }
        server.close();
        assertThat(brass("admin", "grant", "Alice")).isEqualTo(new Run(0,
                "Alice now has the role admin (roles: admin).\n", ""));
        assertThat(brass("admin", "grant", "Alice", "builder")).isEqualTo(new Run(0,
                "Alice now has the role builder (roles: admin, builder).\n", ""));
        assertThat(brass("admin", "revoke", "Alice", "builder")).isEqualTo(new Run(0,
                "Alice no longer has the role builder (roles: admin).\n", ""));
        assertThat(brass("admin", "revoke", "Alice", "builder")).isEqualTo(new Run(0,
                "Alice does not have the role builder (roles: admin).\n", ""));
        assertThat(brass("admin", "list")).isEqualTo(new Run(0, "Alice: admin\n", ""));
        assertThat(brass("admin", "grant", "Zed")).isEqualTo(new Run(1, "",
                "brass admin: there is no character named Zed\n"));

        logs.list.clear();
        startServer();
        assertThat(logged(Level.WARN)).doesNotContain(NO_ADMIN);
        try (TelnetClient alice = new TelnetClient(server.telnetPort())) {
            alice.loggedInAs("alice", "secret12");
            alice.send("reload");
            alice.await("The world has been reloaded: 0 added, 0 removed");
        }
    }

    @Test
    void anUnknownRoleIsRefusedWithTheRoles() {
        Run run = brass("admin", "grant", "Alice", "wizard");
        assertThat(run).isEqualTo(new Run(2, "", "brass admin: unknown role 'wizard'; the roles are admin, builder\n"));
        assertThat(brass("admin", "revoke", "Alice", "wizard").code()).isEqualTo(2);
    }

    @Test
    void whereAUnixSocketCannotBeMadeTheChannelIsALoopbackPortWithTheSameSecret() throws Exception {
        // A Unix socket's path has at most 107 bytes on Linux: this data folder's is longer.
        data = server.dir().resolve("d".repeat(120)).resolve("data");
        startServer();
        Path control = data.resolve("control");
        assertThat(control.resolve("brass.sock")).doesNotExist();
        int port = Integer.parseInt(Files.readString(control.resolve("brass.port")).strip());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(control.resolve("brass.port"))))
                .isEqualTo("rw-------");
        Map<Integer, String> listening = listeningPortsOfThisProcess();
        assertThat(listening.keySet()).containsExactlyInAnyOrder(server.telnetPort(), server.sshPort(), port);
        // 127.0.0.1 only, as IPv4 or as an IPv4-mapped IPv6 address.
        assertThat(listening.get(port)).isIn("0100007F", "0000000000000000FFFF00000100007F");
        assertThat(logged(Level.INFO)).contains("control channel (bin/brass backup, bin/brass admin): loopback port "
                + port);
        try (TelnetClient ada = TelnetClient.createCharacter(server.telnetPort(), "Ada", "secret12")) {
            assertThat(brass("admin", "grant", "Ada")).isEqualTo(new Run(0,
                    "Ada now has the role admin (roles: admin). Ada is playing and was told at once.\n", ""));
            ada.await("You are now an admin.");
        }
        server.close();
        assertThat(control.resolve("brass.port")).doesNotExist();
        assertThat(control.resolve("secret")).doesNotExist();
    }

    @Test
    void theFilesAServerKilledMidRunLeftBehindNeitherStopTheToolsNorTheNextStart() throws Exception {
        startServer();
        try (TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            alice.send("quit");
            alice.await("Goodbye.");
        }
        server.close();
        // What kill -9 leaves: a socket nobody listens on, and the old secret.
        Path control = data.resolve("control");
        try (var stale = java.nio.channels.ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            stale.bind(UnixDomainSocketAddress.of(control.resolve("brass.sock")));
        }
        Files.writeString(control.resolve("secret"), "0".repeat(64) + "\n");
        assertThat(control.resolve("brass.sock")).exists();

        assertThat(brass("admin", "grant", "Alice", "builder")).isEqualTo(new Run(0,
                "Alice now has the role builder (roles: builder).\n", ""));
        startServer();
        assertThat(Files.readString(control.resolve("secret"))).isNotEqualTo("0".repeat(64) + "\n");
        assertThat(brass("admin", "list")).isEqualTo(new Run(0, "Alice: builder\n", ""));
    }

    @Test
    void aDataFolderOpenToOthersIsWarnedAbout() throws Exception {
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        startServer();
        assertThat(logged(Level.WARN)).contains("the data folder " + data + " is open to other users of this machine"
                + " (rwxr-xr-x); it holds the database and the SSH host key: chmod 700 " + data);
        // The operator's choice stands; the control folder inside is owner-only all the same.
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("control"))))
                .isEqualTo("rwx------");
    }

    /** Sends {@code request} on the Unix socket at {@code socket} and reads the answer to its end. */
    static String ask(Path socket, String request) throws IOException {
        try (SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            c.connect(UnixDomainSocketAddress.of(socket));
            c.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8)));
            ByteBuffer in = ByteBuffer.allocate(4096);
            while (c.read(in) >= 0 && in.hasRemaining()) {
                // read to the end: the server closes after its answer
            }
            return new String(in.array(), 0, in.position(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The TCP ports this process listens on, each with its local address as /proc writes it
     * (Linux: the process's socket inodes matched against /proc/net).
     */
    static Map<Integer, String> listeningPortsOfThisProcess() throws IOException {
        Set<String> mine = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        mine.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor that closed while we looked is not a listener
                }
            }
        }
        Map<Integer, String> ports = new HashMap<>();
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.strip().split("\\s+");
                // f[1] local address:port (hex), f[3] state (0A = LISTEN), f[9] inode
                if (f[3].equals("0A") && mine.contains(f[9])) {
                    int colon = f[1].indexOf(':');
                    ports.put(Integer.parseInt(f[1].substring(colon + 1), 16), f[1].substring(0, colon));
                }
            }
        }
        return ports;
    }
}
