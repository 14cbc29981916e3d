package brass.world.script;

import java.util.Optional;

/**
 * How a script call ended: it ran to its end, or it was stopped (it threw, or ran past its
 * budget), in which case the failure has already been reported to the log and the builders.
 * A reaction that called it may go on with its next effect either way; what the script did before
 * it was stopped stays done, as a player's half-finished "take all" does.
 */
public record ScriptResult(Optional<ScriptFailure> failure) {

    private static final ScriptResult DONE = new ScriptResult(Optional.empty());

    public static ScriptResult done() {
        return DONE;
    }

    public static ScriptResult failed(ScriptFailure failure) {
        return new ScriptResult(Optional.of(failure));
    }

    public boolean ok() {
        return failure.isEmpty();
    }
}
