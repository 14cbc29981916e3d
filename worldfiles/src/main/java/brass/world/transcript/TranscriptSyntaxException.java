package brass.world.transcript;

/** A transcript that cannot be read; the message names {@code file:line} and says how to fix it. */
public final class TranscriptSyntaxException extends RuntimeException {

    private final int line;
    private final String reason;

    public TranscriptSyntaxException(String name, int line, String reason) {
        super(name + ":" + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    /** What is wrong, without the location. */
    public String reason() {
        return reason;
    }

    public int line() {
        return line;
    }
}
