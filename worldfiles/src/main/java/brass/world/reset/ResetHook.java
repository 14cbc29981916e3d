package brass.world.reset;

/**
 * Code told after each reset of an area, forced or timed, in the same loop turn: for what the
 * files do not hold but should start over with the area (counters, a behaviour's memory).
 */
@FunctionalInterface
public interface ResetHook {

    void afterReset(AreaReset.Outcome outcome);
}
