/**
 * Time for the game loop: the {@link brass.engine.clock.Clock} abstraction, the real
 * {@link brass.engine.clock.SystemClock}, and the {@link brass.engine.clock.ManualClock} that
 * tests move by hand so no test depends on wall time.
 */
package brass.engine.clock;
