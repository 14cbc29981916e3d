package brass.world.script;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;

/**
 * One call's use of its {@link ScriptBudget}: the instructions Rhino reports and the time since
 * the call began. Once over either limit it stays over, so that every later check (in a
 * {@code finally} block, or in the caller of a nested call) stops the script again.
 */
final class Meter {

    private final ScriptBudget budget;
    private final LongSupplier nanoTime;
    private final long deadline;
    private long used;
    private Stopped stopped;

    Meter(ScriptBudget budget, LongSupplier nanoTime) {
        this.budget = budget;
        this.nanoTime = nanoTime;
        this.deadline = nanoTime.getAsLong() + budget.time().toNanos();
    }

    /** Adds {@code instructions} and stops the script when the budget is spent. */
    void count(int instructions) {
        if (stopped != null) {
            throw stopped;
        }
        used += instructions;
        if (used > budget.instructions()) {
            throw stop("ran past its budget of " + number(budget.instructions()) + " instructions and was stopped");
        }
        if (nanoTime.getAsLong() - deadline > 0) {
            throw stop("ran past its time budget of " + budget.time().toMillis() + " ms and was stopped");
        }
    }

    /** Stops the script if the budget is spent: after an effect, whose time the instructions do not show. */
    void check() {
        count(0);
    }

    /** Instructions counted so far (reported in batches of {@link ScriptBudget#CHECK_EVERY}). */
    long used() {
        return used;
    }

    private Stopped stop(String problem) {
        // Rhino knows which line of which script is running: it fills them into an exception it makes.
        EvaluatorException here = Context.reportRuntimeError(problem);
        stopped = new Stopped(problem, here.sourceName(), here.lineNumber());
        return stopped;
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }

    /**
     * Thrown from Rhino's instruction observer to end a script. An {@link Error}, because Rhino
     * runs no script code at all after one (no {@code catch}, no {@code finally}), where a
     * {@link RuntimeException} would still run a {@code finally} block.
     */
    static final class Stopped extends Error {

        private static final long serialVersionUID = 1L;

        final String problem;
        final String file;
        final int line;
        // Told of by the call it stopped; the calls it unwinds through (nested calls share a meter) stay quiet.
        boolean reported;

        Stopped(String problem, String file, int line) {
            super(problem, null, false, false);
            this.problem = problem;
            this.file = file;
            this.line = line;
        }
    }
}
