package brass.world.build;

import brass.world.files.CheckResult;

/**
 * A world folder that has errors. Unchecked, because the callers ({@code bin/brass run}, tests)
 * can only report it; its message is the checker's whole report, every problem with its
 * {@code file:line:column}, so that printing it is enough.
 */
public final class WorldLoadException extends RuntimeException {

    private final transient CheckResult result;

    public WorldLoadException(CheckResult result) {
        super(result.report());
        this.result = result;
    }

    public CheckResult result() {
        return result;
    }
}
