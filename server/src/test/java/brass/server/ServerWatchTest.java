package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.model.Thing;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole server: a telnet player (a raw socket that says it is an xterm) and an SSH player
 * with a PTY watch the terrarium of the default world together.
 */
class ServerWatchTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ENTER = "\u001b[?1049h";
    private static final String LEAVE = "\u001b[?1049l";
    /** The size the scroll region below is counted for: 22 rows of text, a status line and an input line. */
    private static final SshPlayer.Pty XTERM_80_BY_24 = new SshPlayer.Pty("xterm-256color", 80, 24);

    @RegisterExtension
    final RunningServer server = RunningServer.startedBeforeEach();

    private <T> T onLoop(Supplier<T> work) throws Exception {
        return server.get().reactor().call(work::get).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private int snakes() throws Exception {
        return onLoop(() -> {
            Thing tank = server.get().game().world().things().stream().filter(t -> t.name().equals("terrarium"))
                    .findFirst().orElseThrow();
            return server.get().terrariums().find(tank).orElseThrow().terrarium().snakes().size();
        });
    }

    @Test
    void aTelnetAndAnSshPlayerWatchTheTerrariumTogether() throws Exception {
        try (TelnetClient alice = new TelnetClient(server.telnetPort(), "xterm")) {
            alice.await(TelnetClient.NAME_PROMPT);
            alice.answerAsNewCharacter("Alice", "secret12");
            alice.await("Welcome, Alice!");
            try (SshPlayer carol = SshPlayer.createCharacter(server.sshPort(), "Carol", "hidden99", XTERM_80_BY_24)) {
                // Both walk to the conservatory: east, east.
                for (String step : new String[] {"The Snug", "The Conservatory"}) {
                    alice.send("east");
                    alice.await(step);
                    carol.send("east");
                    carol.await(step);
                }

                alice.send("watch terrarium");
                alice.await(ENTER);
                alice.await("s: spawn a snake");
                carol.send("watch terrarium");
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
                carol.press("h");
                carol.await("Hiccup! The whole game stood still");
                for (int i = 0; i < 3; i++) {
                    alice.await("\u001b[");
                    carol.await("\u001b[");
                }

                // q, no Enter: Carol is back in the room, her view whole again; Alice still watches.
                carol.press("q");
                carol.await(LEAVE);
                String back = carol.await("Glass above, glass on three sides");
                String after = back.substring(back.lastIndexOf(LEAVE));
                assertThat(after).contains("\u001b[2J").contains("\u001b[1;22r").contains(" The Conservatory");
                carol.send("say back from the glass");
                carol.await("You say, \"back from the glass\"");
                alice.await("\u001b[");
                alice.send("q");
                alice.await(LEAVE);
                alice.await("Carol says, \"back from the glass\"");

                carol.send("quit");
                carol.awaitClosed();
            }
        }
    }

    @Test
    void withoutAPtyWatchingIsRefusedWithAReason() throws Exception {
        try (SshPlayer dave = SshPlayer.createCharacter(server.sshPort(), "Dave", "hidden88", null)) {
            dave.press("east\neast\nwatch terrarium\n");
            dave.await("The Conservatory");
            dave.await("cannot show");
            dave.await("ANSI cursor movement");
            assertThat(dave.text()).doesNotContain("\u001b[");
            dave.send("quit");
            dave.awaitClosed();
        }
    }
}
