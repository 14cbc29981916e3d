package brass.protocols.admin;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.account.Roles;
import brass.protocols.play.FakeConnection;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** shutdown, typed by an admin, on the manual clock: warnings at their times, then one stop. */
class ShutdownTest {

    private final AdminGame g = new AdminGame();
    private FakeConnection ada;
    private FakeConnection bobby;

    @BeforeEach
    void players() {
        ada = g.player("Ada", "10.0.0.1", Roles.ADMIN);
        bobby = g.player("Bobby", "10.0.0.2");
        g.type(bobby, "down");
        g.drainAll(ada, bobby);
    }

    @Test
    void playersAreWarnedAtTheStartAndAsItComesNearThenTheServerStops() {
        g.type(ada, "shutdown 2m new {red}kettle{/}");
        assertThat(bobby.drain()).isEqualTo("[shutdown] The game shuts down in 2 minutes: new {red}kettle{/}.");
        assertThat(ada.drain()).isEqualTo("[shutdown] The game shuts down in 2 minutes: new {red}kettle{/}.\n"
                + "The server stops in 2 minutes; 'shutdown cancel' stops that.");

        g.reactor.advance(Duration.ofSeconds(59));
        assertThat(bobby.drain()).isEmpty();
        g.reactor.advance(Duration.ofSeconds(1));
        assertThat(bobby.drain()).isEqualTo("[shutdown] The game shuts down in 1 minute: new {red}kettle{/}.");
        g.reactor.advance(Duration.ofSeconds(30));
        assertThat(bobby.drain()).isEqualTo("[shutdown] The game shuts down in 30 seconds: new {red}kettle{/}.");
        g.reactor.advance(Duration.ofSeconds(20));
        assertThat(bobby.drain()).isEqualTo("[shutdown] The game shuts down in 10 seconds: new {red}kettle{/}.");
        ada.drain();
        g.type(ada, "shutdown 5m");
        assertThat(ada.drain()).isEqualTo("A shutdown is already coming, in 10 seconds; 'shutdown cancel' stops it.");
        g.reactor.advance(Duration.ofSeconds(9));
        assertThat(g.stops).isEmpty();
        g.reactor.advance(Duration.ofSeconds(1));
        assertThat(bobby.drain()).isEqualTo("[shutdown] The game is shutting down now: new {red}kettle{/}.");
        assertThat(g.stops).containsExactly("by Ada: new {red}kettle{/}");
        g.reactor.advance(Duration.ofHours(1));
        assertThat(g.stops).hasSize(1);
    }

    @Test
    void aShutdownWithoutADelayComesInAMinute() {
        g.type(ada, "shutdown");
        assertThat(bobby.drain()).isEqualTo("[shutdown] The game shuts down in 1 minute.");
        g.reactor.advance(Duration.ofSeconds(30));
        assertThat(bobby.drain()).isEqualTo("[shutdown] The game shuts down in 30 seconds.");
        g.reactor.advance(Duration.ofSeconds(30));
        assertThat(bobby.drain()).isEqualTo("[shutdown] The game shuts down in 10 seconds.\n"
                + "[shutdown] The game is shutting down now.");
        assertThat(g.stops).containsExactly("by Ada");
    }

    @Test
    void nowStopsAtOnceAfterTellingEveryone() {
        g.type(ada, "shutdown now moving house!");
        assertThat(bobby.drain()).isEqualTo("[shutdown] The game is shutting down now: moving house!");
        assertThat(g.stops).containsExactly("by Ada: moving house!");
    }

    @Test
    void aShutdownCanBeCancelled() {
        g.type(ada, "shutdown cancel");
        assertThat(ada.drain()).isEqualTo("No shutdown is coming.");
        g.type(ada, "shutdown 10m");
        g.reactor.advance(Duration.ofMinutes(5));
        g.drainAll(ada, bobby);
        g.type(ada, "shutdown cancel");
        assertThat(bobby.drain()).isEqualTo("[shutdown] The shutdown is cancelled; the game goes on.");
        g.reactor.advance(Duration.ofHours(1));
        assertThat(bobby.drain()).isEmpty();
        assertThat(g.stops).isEmpty();
        // A new one may be ordered after.
        g.type(ada, "shutdown 30s");
        g.reactor.advance(Duration.ofSeconds(30));
        assertThat(g.stops).containsExactly("by Ada");
    }
}
