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

    @Test
    void timeStopsAtEitherEndInsteadOfWrappingRound() {
        ManualClock clock = new ManualClock(Long.MAX_VALUE - 5);
        clock.advanceNanos(10);
        assertThat(clock.nanoTime()).isEqualTo(Long.MAX_VALUE);
        clock.set(Long.MIN_VALUE + 5);
        clock.advance(Duration.ofNanos(-10));
        assertThat(clock.nanoTime()).isEqualTo(Long.MIN_VALUE);
        assertThat(Clock.plus(-7, 3)).isEqualTo(-4);
        assertThat(Clock.plus(1, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(Clock.plus(-1, Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
        assertThat(Clock.plus(-1, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE - 1);
    }
}
