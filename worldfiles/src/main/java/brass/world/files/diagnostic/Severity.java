package brass.world.files.diagnostic;

/**
 * How bad a problem is. An error stops the world from loading; a warning is something a builder
 * probably did not mean (a key that opens nothing, a room nobody can reach) but the world still
 * works.
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word used in rendered diagnostics. */
    public String label() {
        return label;
    }
}
