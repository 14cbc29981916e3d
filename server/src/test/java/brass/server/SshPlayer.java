package brass.server;

import brass.protocols.ssh.Capture;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
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

    private final SshClient client;
    private final ClientSession session;
    private final ChannelShell shell;
    private final Capture out = new Capture();
    private final boolean terminal;

    private SshPlayer(SshClient client, ClientSession session, boolean terminal) throws IOException {
        this.client = client;
        this.session = session;
        this.terminal = terminal;
        shell = session.createShellChannel();
        if (terminal) {
            shell.setPtyType("xterm");
            shell.setPtyColumns(200);
            shell.setPtyLines(30);
        } else {
            shell.setUsePty(false);
        }
        shell.setOut(out);
        shell.setErr(out);
        shell.open().verify(WAIT);
    }

    /** Logs in as {@code user} with {@code password} ({@code null}: the newcomer, {@code new}). */
    static SshPlayer connect(int port, String user, String password, boolean terminal) throws IOException {
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
            return new SshPlayer(client, session, terminal);
        } catch (IOException | RuntimeException e) {
            client.stop();
            throw e;
        }
    }

    /** Types {@code text} and Enter (CR with a terminal, LF in line mode, as clients send). */
    void send(String text) throws IOException {
        OutputStream in = shell.getInvertedIn();
        in.write((text + (terminal ? "\r" : "\n")).getBytes(StandardCharsets.UTF_8));
        in.flush();
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
