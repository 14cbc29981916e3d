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

/**
 * The clients players bring, for real: TinTin++ in tmux watching the terrarium, OpenSSH with
 * {@code TERM=dumb}, and the SSH status line once the player has left. A client that is not
 * installed makes its test skip with the reason printed (.ci/run installs them all).
 */
class ClientTerminalsTest {

    @RegisterExtension
    final RunningServer server = RunningServer.startedBeforeEach();
    private final List<Process> processes = new ArrayList<>();
    private String tmuxSocket;

    @AfterEach
    void stopClients() throws Exception {
        for (Process p : processes) {
            p.destroyForcibly();
        }
        if (tmuxSocket != null) {
            run("tmux", "-L", tmuxSocket, "kill-server");
        }
    }

    /** A program on PATH or in /usr/games (where Debian puts tt++), or null. */
    private static String program(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.add("/usr/games");
        for (String dir : dirs) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }

    /** Waits (at most 20 s) until {@code name} is no longer among the game's players. */
    private void awaitLeft(String name) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            java.util.concurrent.CompletableFuture<Boolean> in = new java.util.concurrent.CompletableFuture<>();
            server.get().reactor().execute(() -> in.complete(server.get().game().players().stream()
                    .anyMatch(p -> p.name().equals(name))));
            if (!in.get(20, java.util.concurrent.TimeUnit.SECONDS)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " is still in the game 20 s after 'quit'");
            }
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    /** What the tmux pane shows, scrollback included. */
    private String pane() throws IOException, InterruptedException {
        return run("tmux", "-L", tmuxSocket, "capture-pane", "-p", "-J", "-S", "-2000", "-t", "brass");
    }

    private void keys(String text) throws IOException, InterruptedException {
        run("tmux", "-L", tmuxSocket, "send-keys", "-t", "brass", "-l", text);
        run("tmux", "-L", tmuxSocket, "send-keys", "-t", "brass", "Enter");
    }

    /** Waits until the pane shows {@code text} at least {@code times} times; returns the pane. */
    private String awaitPane(String text, int times) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            String shown = pane();
            if (count(shown, text) >= times) {
                return shown;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 20 s for " + times + " x '" + text + "'; the pane shows:\n" + shown);
            }
            Thread.sleep(100);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void tinTinPlusPlusWatchesTheTerrariumAsABlockOfLinesEverySecond() throws Exception {
        String tintin = program("tt++");
        String tmux = program("tmux");
        if (tintin == null || tmux == null) {
            System.out.println("ClientTerminalsTest skipped: TinTin++ (tt++) or tmux is not installed"
                    + " (.ci/run installs tintin++ and tmux)");
        }
        assumeTrue(tintin != null && tmux != null, "TinTin++ or tmux is not installed");
        try (TelnetClient bob = TelnetClient.createCharacter(server.telnetPort(), "Bobby", "secret34")) {
            tmuxSocket = "brass-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
            run(tmux, "-L", tmuxSocket, "new-session", "-d", "-s", "brass", "-x", "100", "-y", "40", tintin);
            awaitPane("#", 1);
            keys("#session brass 127.0.0.1 " + server.telnetPort());
            awaitPane("By what name shall we know you?", 1);
            for (String[] step : new String[][] {{"Tina", "(yes/no)"}, {"yes", "Choose a password"},
                    {"secret12", "Type it again"}, {"secret12", "Welcome, Tina!"}}) {
                keys(step[0]);
                awaitPane(step[1], 1);
            }
            bob.await("Tina has entered the game.");
            // Another player's arrival while Tina's prompt waits: a line of its own, the prompt after it.
            try (TelnetClient carol = TelnetClient.createCharacter(server.telnetPort(), "Carol", "secret56")) {
                awaitPane("Carol has entered the game.", 1);
                carol.send("quit");
            }
            keys("east");
            keys("east");
            awaitPane("The Conservatory", 1);
            keys("watch terrarium");
            awaitPane("You watch the terrarium: a picture every second.", 1);
            String border = "+" + "-".repeat(48) + "+";
            // Every picture has a top and a bottom: three pictures in the scrollback, not a blank screen.
            String shown = awaitPane(border, 6);
            assertThat(shown).contains("Type s (then Enter) to spawn a snake, h to hiccup, q to stop watching.");
            assertThat(shown).doesNotContain("\u001b[?1049h");
            keys("q");
            awaitPane("The Conservatory", 2);
            // A quit typed at once after q would be taken for a line meant for the terrarium.
            // Wait well past the window for stray keys: on a loaded machine, keys typed 350 ms after
            // the room came back were once dropped as strays (not yet understood; see the closing note).
            Thread.sleep(1000 + brass.protocols.play.Lobby.STRAY_WINDOW.toMillis() + 250);
            keys("quit");
            // TinTin++ redraws its start screen as soon as the session closes, so the "Goodbye." it
            // printed may already be gone from the pane: the game is asked instead.
            awaitLeft("Tina");
        }
    }

    private Process openSsh(Capture out, String term, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sshpass", "-p", "secret12", "ssh", "-tt",
                "-p", Integer.toString(server.sshPort()), "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "PubkeyAuthentication=no",
                "-F", "/dev/null"));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().put("TERM", term);
        b.environment().remove("SSH_AUTH_SOCK");
        Process p = b.start();
        processes.add(p);
        out.drain(p.getInputStream(), "ssh-output");
        return p;
    }

    private static void type(Process p, String keys) throws IOException {
        OutputStream in = p.getOutputStream();
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    @Test
    void openSshWithTermDumbEchoesEndsLinesOnEnterAndWatchesInLines() throws Exception {
        assumeTrue(ServerSshTest.installed("ssh", "-V"), "skipped: OpenSSH's ssh client is not installed");
        assumeTrue(ServerSshTest.installed("sshpass", "-V"), "skipped: sshpass is not installed");
        try (TelnetClient bob = TelnetClient.createCharacter(server.telnetPort(), "Bobby", "secret34");
             TelnetClient alice = TelnetClient.createCharacter(server.telnetPort(), "Alice", "secret12")) {
            alice.send("quit");
            bob.await("Alice has left the game.");
            Capture screen = new Capture();
            Process ssh = openSsh(screen, "dumb", "alice@127.0.0.1");
            screen.await("Pembrook and Bobby are here.\r\n> ");
            bob.await("Alice has entered the game.");
            // Each key is echoed as it comes; Enter ends the line.
            type(ssh, "say plain");
            screen.await("say plain");
            type(ssh, "\r");
            screen.await("\r\nYou say, \"plain\"\r\n> ");
            // Bob speaks while Alice types: his words go above her line, which comes back whole.
            type(ssh, "say hal");
            screen.await("say hal");
            bob.send("say are you there?");
            screen.await("\r" + " ".repeat(9) + "\rBobby asks, \"are you there?\"\r\n> say hal");
            type(ssh, "f\r");
            bob.await("Alice says, \"half\"");
            type(ssh, "east\reast\rwatch terrarium\r");
            screen.await("You watch the terrarium: a picture every second.");
            screen.await("+" + "-".repeat(48) + "+");
            screen.await("+" + "-".repeat(48) + "+");
            type(ssh, "q\r");
            screen.await("The Conservatory");
            // A quit typed at once after q would be taken for a key meant for the terrarium.
            // Wait well past the window for stray keys: on a loaded machine, keys typed 350 ms after
            // the room came back were once dropped as strays (not yet understood; see the closing note).
            Thread.sleep(1000 + brass.protocols.play.Lobby.STRAY_WINDOW.toMillis() + 250);
            type(ssh, "quit\r");
            screen.await("Goodbye.");
            assertThat(ssh.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(screen.text()).doesNotContain("\u001b[");
        }
    }

    @Test
    void theStatusLineSaysThePlayerLeftAfterCtrlDAndCountsAsWhoDoes() throws Exception {
        try (TelnetClient bob = TelnetClient.createCharacter(server.telnetPort(), "Bobby", "secret34");
             SshPlayer carol = SshPlayer.createCharacter(server.sshPort(), "Carol", "hidden99",
                     new SshPlayer.Pty("xterm", 80, 24))) {
            carol.await("2 players");
            // Bob's link drops: he is still in the game, link-dead, and who counts him.
            bob.close();
            carol.send("who");
            carol.await("Players in the game:");
            carol.await("2 players.");
            carol.press("\u0004");
            // Carol has gone; Bobby, link-dead, is still in the game.
            carol.await(" Left the game ");
            carol.await(" 1 player ");
            carol.awaitClosed();
            assertThat(carol.text()).doesNotContain("Limbo");
        }
    }
}
