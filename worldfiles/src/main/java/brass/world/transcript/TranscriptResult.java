package brass.world.transcript;

import java.util.Objects;
import java.util.Optional;

/**
 * How one transcript went.
 *
 * @param name    the transcript's path relative to the world folder
 * @param steps   how many steps ran (all of them when it passed; up to the failing one otherwise)
 * @param failure why it failed, if it did
 */
public record TranscriptResult(String name, int steps, Optional<Failure> failure) {

    public TranscriptResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(failure, "failure");
    }

    public boolean passed() {
        return failure.isEmpty();
    }

    /**
     * Why a transcript failed.
     *
     * @param location {@code file:line} of the first mismatch (or of the unreadable line)
     * @param message  what went wrong, in a sentence
     * @param diff     the unified-style diff of expected against actual, empty when not about output
     */
    public record Failure(String location, String message, String diff) {

        /** The failure as the report prints it. */
        @Override
        public String toString() {
            return location + ": " + message + (diff.isEmpty() ? "" : "\n" + diff);
        }
    }
}
