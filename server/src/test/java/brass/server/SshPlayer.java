package brass.server;

import brass.protocols.ssh.Capture;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * A player over SSH with MINA's client, for integration tests: a shell with a terminal (the
 * full-screen view) or without one (line mode), what it receives, and keys typed into it.
 */
final class SshPlayer implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** The terminal a client asks for: its TERM and size. */
    record Pty(String type, int columns, int lines) {
        /** A wide xterm, so that nothing a test waits for is wrapped. */
        static final Pty WIDE = new Pty("xterm", 200, 30);
    }

    private final SshClient client;
    private final ClientSession session;
    private final ChannelShell shell;
    private final Capture out = new Capture();
    private final boolean terminal;

    private SshPlayer(SshClient client, ClientSession session, Pty pty) throws IOException {
        this.client = client;
        this.session = session;
        this.terminal = pty != null;
        shell = session.createShellChannel();
        if (terminal) {
            shell.setPtyType(pty.type());
            shell.setPtyColumns(pty.columns());
            shell.setPtyLines(pty.lines());
        } else {
            shell.setUsePty(false);
        }
        shell.setOut(out);
        shell.setErr(out);
        shell.open().verify(WAIT);
    }

    /** Logs in as {@code user} with {@code password} ({@code null}: the newcomer, {@code new}), with a wide terminal or none. */
    static SshPlayer connect(int port, String user, String password, boolean terminal) throws IOException {
        return connect(port, user, password, terminal ? Pty.WIDE : null);
    }

    /** Logs in as {@code user} with {@code password} ({@code null}: the newcomer), with {@code pty} (null: none). */
    static SshPlayer connect(int port, String user, String password, Pty pty) throws IOException {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try {
            ClientSession session = client.connect(password == null ? "new" : user, "127.0.0.1", port).verify(WAIT)
                    .getSession();
            if (password != null) {
                session.addPasswordIdentity(password);
            }
            session.auth().verify(WAIT);
            return new SshPlayer(client, session, pty);
        } catch (IOException | RuntimeException e) {
            client.stop();
            throw e;
        }
    }

    /**
     * Comes in as the newcomer with {@code pty} (null: none) and makes the character {@code name}
     * through the login dialogue; returns once it is welcomed.
     */
    static SshPlayer createCharacter(int port, String name, String password, Pty pty) throws IOException,
            InterruptedException {
        SshPlayer p = connect(port, "new", null, pty);
        try {
            p.await("By what name shall we know you?");
            p.send(name);
            p.await("(yes/no)");
            p.send("yes");
            p.await("Choose a password");
            p.send(password);
            p.await("Type it again:");
            p.send(password);
            p.await("Welcome, " + name + "!");
            return p;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            try {
                p.close();
            } catch (IOException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Types {@code text} and Enter (CR with a terminal, LF in line mode, as clients send). */
    void send(String text) throws IOException {
        press(text + (terminal ? "\r" : "\n"));
    }

    /** Types {@code keys} as they are, Enter only where they hold it. */
    void press(String keys) throws IOException {
        OutputStream in = shell.getInvertedIn();
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Waits (at most 20 s) for the server to close the shell, as it does when the player quits. */
    void awaitClosed() {
        Set<ClientChannelEvent> events = shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        if (!events.contains(ClientChannelEvent.CLOSED)) {
            throw new AssertionError("the server did not close the shell within " + WAIT.toSeconds() + " s: " + events);
        }
    }

    String await(String text) throws InterruptedException {
        return out.await(text);
    }

    String text() {
        return out.text();
    }

    @Override
    public void close() throws IOException {
        shell.close(false).await(WAIT);
        shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        session.close(false).await(WAIT);
        client.stop();
    }
}
