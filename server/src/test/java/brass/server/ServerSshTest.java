package brass.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brass.protocols.ssh.Capture;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole server: telnet and SSH players in one world, with MINA's client and with OpenSSH's. */
class ServerSshTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    final RunningServer server = RunningServer.startedBeforeEach();
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopOpenSsh() {
        for (Process p : processes) {
            p.destroyForcibly();
        }
    }

    private TelnetClient createOverTelnet(String name, String password) throws Exception {
        return TelnetClient.createCharacter(server.telnetPort(), name, password);
    }

    @Test
    void telnetAndSshPlayersShareTheWorld() throws Exception {
        try (TelnetClient alice = createOverTelnet("Alice", "secret12");
             SshPlayer carol = SshPlayer.createCharacter(server.sshPort(), "Carol", "hidden99",
                     new SshPlayer.Pty("xterm-256color", 80, 24))) {
            alice.await("Carol has entered the game.");
            // The status line counts both players, whichever door they came in by.
            carol.await(" The Common Room");
            carol.await("2 players");
            alice.send("say hello, Carol");
            carol.await("Alice says, \"hello, Carol\"");
            carol.send("say hi Alice, I came by ssh");
            alice.await("Carol says, \"hi Alice, I came by ssh\"");
            carol.send("quit");
            carol.awaitClosed();
            alice.await("Carol has left the game.");
        }
    }

    /** True if {@code command} can be started at all: the program is installed (its exit code does not matter). */
    static boolean installed(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Process openSsh(List<String> command, Capture out) throws IOException {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().put("TERM", "xterm-256color");
        b.environment().remove("SSH_AUTH_SOCK");
        Process p = b.start();
        processes.add(p);
        out.drain(p.getInputStream(), "ssh-output");
        return p;
    }

    private List<String> sshCommand(String... extra) {
        List<String> c = new ArrayList<>(List.of("ssh", "-p", Integer.toString(server.sshPort()),
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                "-o", "BatchMode=no", "-F", "/dev/null"));
        c.addAll(List.of(extra));
        return c;
    }

    @Test
    void openSshCreatesACharacterThenLogsInWithAPasswordAndWithAKey() throws Exception {
        assumeTrue(installed("ssh", "-V"), "skipped: OpenSSH's ssh client is not installed (apt-get install openssh-client)");
        assumeTrue(installed("ssh-keygen", "-?"), "skipped: ssh-keygen is not installed (apt-get install openssh-client)");
        assumeTrue(installed("sshpass", "-V"), "skipped: sshpass is not installed (apt-get install sshpass)");
        try (TelnetClient bobby = createOverTelnet("Bobby", "secret34");
             TelnetClient alice = createOverTelnet("Alice", "secret12")) {
            alice.send("quit");
            alice.await("Goodbye.");
            bobby.await("Alice has left the game.");

            // 0. A newcomer: user "new", no password, the game's own dialogue in the full screen.
            Capture dora = new Capture();
            Process fresh = openSsh(sshCommand("-tt", "-o", "PubkeyAuthentication=no", "new@127.0.0.1"), dora);
            OutputStream doraKeys = fresh.getOutputStream();
            dora.await("By what name shall we know you?");
            for (String[] step : new String[][] {{"Dora", "(yes/no)"}, {"yes", "Choose a password"},
                    {"hidden77", "Type it again:"}, {"hidden77", "Welcome, Dora!"}}) {
                doraKeys.write((step[0] + "\r").getBytes(StandardCharsets.UTF_8));
                doraKeys.flush();
                dora.await(step[1]);
            }
            bobby.await("Dora has entered the game.");
            assertThat(dora.text()).doesNotContain("hidden77");
            doraKeys.write("quit\r".getBytes(StandardCharsets.UTF_8));
            doraKeys.flush();
            assertThat(fresh.waitFor(20, TimeUnit.SECONDS)).isTrue();

            // 1. Password, a PTY (-tt, as a terminal would get), the full-screen view.
            List<String> cmd = new ArrayList<>(List.of("sshpass", "-p", "secret12"));
            // OpenSSH's own order of methods (keyboard-interactive before password), as a player gets it.
            cmd.addAll(sshCommand("-tt", "-o", "PubkeyAuthentication=no", "alice@127.0.0.1"));
            Capture screen = new Capture();
            Process ssh = openSsh(cmd, screen);
            OutputStream keys = ssh.getOutputStream();
            screen.await("\u001b[1;22r");
            bobby.await("Alice has entered the game.");
            Path key = server.dir().resolve("id_ed25519");
            Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "alice@test",
                    "-f", key.toString()).redirectErrorStream(true).start();
            keygen.getInputStream().readAllBytes();
            assertThat(keygen.waitFor(20, TimeUnit.SECONDS)).isTrue();
            String publicLine = Files.readString(server.dir().resolve("id_ed25519.pub")).strip();
            keys.write(("say typed in OpenSSH\r").getBytes(StandardCharsets.UTF_8));
            keys.flush();
            bobby.await("Alice says, \"typed in OpenSSH\"");
            bobby.send("say I see you");
            screen.await("Bobby says, \"I see you\"");
            keys.write(("keys add " + publicLine + "\r").getBytes(StandardCharsets.UTF_8));
            keys.flush();
            screen.await("Key added: ssh-ed25519 SHA256:");
            keys.write("quit\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            assertThat(ssh.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(ssh.exitValue()).isZero();

            // 2. The key just added, no PTY (-T): plain line mode.
            Capture lines = new Capture();
            Process plain = openSsh(sshCommand("-T", "-i", key.toString(), "-o", "IdentitiesOnly=yes",
                    "-o", "PreferredAuthentications=publickey", "alice@127.0.0.1"), lines);
            lines.await("The Common Room");
            OutputStream in = plain.getOutputStream();
            in.write("look\nquit\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            lines.await("Goodbye.");
            assertThat(plain.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(lines.text()).doesNotContain("\u001b[");

            // 3. A command instead of a shell: refused, exit status 1.
            Capture refused = new Capture();
            Process exec = openSsh(sshCommand("-i", key.toString(), "-o", "IdentitiesOnly=yes",
                    "-o", "PreferredAuthentications=publickey", "alice@127.0.0.1", "cat", "/etc/passwd"), refused);
            exec.getOutputStream().close();
            assertThat(exec.waitFor(20, TimeUnit.SECONDS)).isTrue();
            refused.await("runs no commands");
            assertThat(exec.exitValue()).isEqualTo(1);
        }
    }
}
