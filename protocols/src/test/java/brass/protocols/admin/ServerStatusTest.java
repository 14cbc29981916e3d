package brass.protocols.admin;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.account.Roles;
import brass.protocols.play.FakeConnection;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** status, typed by an admin: who is on, how busy the game is over the last window, and its health. */
class ServerStatusTest {

    private final AdminGame g = new AdminGame();
    private final ServerStatus status = ServerStatus.install(g.lobby);

    @Test
    void anAdminReadsTheLastWindowsFigures() {
        FakeConnection ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        FakeConnection bob = g.player("Bob", "10.0.0.2");
        g.drainAll(ada, bob);
        for (int i = 0; i < 5; i++) {
            g.type(bob, "look");
        }
        g.type(ada, "inventory");
        g.reactor.advance(Duration.ofSeconds(10));
        g.reactor.runUntilIdle();
        bob.drop();
        g.reactor.runUntilIdle();
        g.drainAll(ada, bob);

        g.type(ada, "status");

        String[] lines = ada.drain().split("\n");
        assertThat(lines[0]).isEqualTo("Up 0h 00m 10s.");
        assertThat(lines[1]).isEqualTo("Players: 1 (other 1), 1 link-dead.");
        assertThat(lines[2]).isEqualTo("Commands: 0.6 a second over the last 10 s (7 since the start).");
        assertThat(lines[3]).startsWith("Game loop: lag p50 ").endsWith(" over the last 10 s; "
                + g.reactor.pendingTimers() + " timers waiting.");
        assertThat(lines[4]).as("the fake connections are not GameConnections: nothing timed them")
                .isEqualTo("Answers: none over the last 10 s.");
        assertThat(lines[5]).matches("Memory: heap \\d+ MB used of \\d+ MB \\(at most \\d+ MB\\); resident \\d+ MB\\.");
        assertThat(lines[6]).isEqualTo("Output: 0.0 kB a second.");
        assertThat(status.line()).startsWith("status: up 0h 00m 10s; players 1 (other 1), 1 link-dead; 0.6 cmd/s; loop lag p50 ");
    }

    @Test
    void onlyAdminsMayAsk() {
        FakeConnection bob = g.player("Bob", "10.0.0.2");
        bob.drain();
        g.type(bob, "status");
        assertThat(bob.drain()).isEqualTo("Only admins may use 'status'.");
    }
}
