package brass.world.files;

import brass.world.behaviour.BehaviourRegistry;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.files.compile.Compilation;
import brass.world.files.compile.WorldCompiler;
import brass.world.files.definition.WorldDefinition;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks and loads world folders. {@link #check(Path)} is what {@code bin/brass check WORLD}
 * runs: it always returns, with every problem found; {@link #load(Path)} is what a server or a
 * reload uses: a definition, or an exception carrying every problem.
 *
 * <p>Reading files is blocking I/O: call this off the game loop ({@code reactor.offload}).
 */
public final class WorldChecker {

    private final BehaviourRegistry behaviours;
    private final long suggestionBudget;

    /**
     * A checker that accepts the behaviours in {@code behaviours}; a world it accepts runs with
     * the same registry ({@link #behaviours()}).
     */
    public WorldChecker(BehaviourRegistry behaviours) {
        this(behaviours, WorldCompiler.SUGGESTION_BUDGET);
    }

    /**
     * As above, allowed {@code suggestionBudget} id comparisons for "did you mean" in one check
     * (past it, problems are reported without a suggestion).
     */
    public WorldChecker(BehaviourRegistry behaviours, long suggestionBudget) {
        this.behaviours = Objects.requireNonNull(behaviours, "behaviours");
        this.suggestionBudget = suggestionBudget;
    }

    /** A checker of the behaviours that ship with Brass: what {@code bin/brass check} uses. */
    public static WorldChecker standard() {
        return new WorldChecker(StandardBehaviours.registry());
    }

    /** Checks a world folder against the standard behaviours. */
    public static CheckResult check(Path folder) {
        return standard().checkFolder(folder);
    }

    /** The behaviours this checker accepts, and a world it accepted runs. */
    public BehaviourRegistry behaviours() {
        return behaviours;
    }

    /** Checks a world folder against this checker's behaviours. */
    public CheckResult checkFolder(Path folder) {
        Compilation compiled = new WorldCompiler(folder, behaviours, suggestionBudget).run();
        return new CheckResult(folder.toString(), compiled.diagnostics(), compiled.world());
    }

    /** Loads a world folder, or throws with every problem found; warnings do not stop loading. */
    public WorldDefinition load(Path folder) throws InvalidWorldException {
        CheckResult result = checkFolder(folder);
        return result.world().orElseThrow(() -> new InvalidWorldException(result));
    }

    /**
     * {@code brass check WORLD}: prints every problem and a summary, and exits with
     * {@link #run}'s code.
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * What {@code brass check WORLD...} does, for the CLI to call: checks each folder, prints its
     * report to {@code out}, and returns 0 when no folder has errors, 1 when one does, and 2 when
     * used wrongly.
     */
    public static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        if (args.length == 0) {
            err.println("usage: brass check WORLD-FOLDER...");
            return 2;
        }
        int code = 0;
        for (String folder : args) {
            CheckResult result = check(Path.of(folder));
            out.print(result.report());
            code = Math.max(code, result.exitCode());
        }
        out.flush();
        return code;
    }
}
