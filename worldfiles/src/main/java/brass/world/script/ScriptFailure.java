package brass.world.script;

import java.util.Objects;

/**
 * A script that was stopped: which function (or which file, while it loaded), where it was, and
 * what went wrong, in words. Rendered the way the checker renders diagnostics, so the builder and
 * the log read the same line: {@code worlds/inn/scripts/butler.js:4: butler.greet ran past its
 * budget of 100,000 instructions and was stopped}.
 *
 * @param function {@code file.function}, or the file's name while the file itself was loading
 * @param file     the script file as the checker names it
 * @param line     1-based line, or 0 when not known
 * @param problem  what went wrong, starting with a verb ("threw TypeError: ...")
 */
public record ScriptFailure(String function, String file, int line, String problem) {

    public ScriptFailure {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@code file:line}, or the file alone when the line is not known. */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }

    @Override
    public String toString() {
        return where() + ": " + function + " " + problem;
    }
}
