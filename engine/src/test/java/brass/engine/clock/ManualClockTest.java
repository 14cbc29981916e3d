package brass.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    @Test
    void movesOnlyWhenToldAndMayGoBackwards() {
        ManualClock clock = new ManualClock();
        assertThat(clock.nanoTime()).isZero();
        clock.advance(Duration.ofMillis(1500));
        assertThat(clock.seconds()).isEqualTo(1.5);
        clock.advance(Duration.ofSeconds(-2));
        assertThat(clock.nanoTime()).isEqualTo(-500_000_000L);
    }

    @Test
    void hugeDurationsSaturateInsteadOfOverflowing() {
        assertThat(Clock.toNanos(Duration.ofDays(365L * 1_000_000))).isEqualTo(Long.MAX_VALUE);
        assertThat(Clock.toNanos(Duration.ofDays(-365L * 1_000_000))).isEqualTo(Long.MIN_VALUE);
    }
}
