package brass.world.script;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one script call may do before it is stopped. Rhino's interpreter counts the
 * instructions it runs and calls back every {@link #CHECK_EVERY} of them; each call-back adds them
 * up and looks at the clock, so a call is stopped at whichever limit it reaches first: its
 * instructions, or its time on the game loop. Built-in functions that work through a whole array
 * or string in one step ({@code sort}, {@code join}, {@code repeat}) are charged one instruction
 * per element or character, and each effect ({@code say}, {@code give}) {@link #EFFECT_COST} and a
 * look at the clock once it is done, so no single step slips past the count.
 *
 * @param instructions the most instructions one call may run
 * @param time         the most time one call may take, loading a file included
 * @param stackDepth   the deepest nesting of script function calls
 */
public record ScriptBudget(long instructions, Duration time, int stackDepth) {

    /** How many instructions run between two checks of the budget. */
    public static final int CHECK_EVERY = 1_000;

    /** What each effect a script asks for costs, in instructions: fewer than 200 effects a call by default. */
    public static final int EFFECT_COST = 500;

    /**
     * 100,000 instructions (a loop over a thousand things doing something to each fits easily;
     * about a quarter of a millisecond once warm), 5 ms, 200 nested calls.
     */
    public static final ScriptBudget DEFAULT = new ScriptBudget(100_000, Duration.ofMillis(5), 200);

    public ScriptBudget {
        Objects.requireNonNull(time, "time");
        if (instructions < 1 || time.isNegative() || time.isZero() || stackDepth < 1) {
            throw new IllegalArgumentException("a script budget must allow something: " + instructions + ", " + time
                    + ", " + stackDepth);
        }
    }

    public ScriptBudget withInstructions(long value) {
        return new ScriptBudget(value, time, stackDepth);
    }

    public ScriptBudget withTime(Duration value) {
        return new ScriptBudget(instructions, value, stackDepth);
    }
}
