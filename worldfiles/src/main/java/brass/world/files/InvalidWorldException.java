package brass.world.files;

/**
 * Thrown by {@link WorldChecker#load} when a world has errors. Carries the full
 * {@link CheckResult} so the caller (a reload command, say) can show the builder every problem
 * while the old world keeps running.
 */
public final class InvalidWorldException extends Exception {

    private final transient CheckResult result;

    public InvalidWorldException(CheckResult result) {
        super(result.summary());
        this.result = result;
    }

    public CheckResult result() {
        return result;
    }
}
