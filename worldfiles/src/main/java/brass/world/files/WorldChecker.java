package brass.world.files;

import brass.world.behaviour.BehaviourRegistry;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.files.compile.Compilation;
import brass.world.files.compile.WorldCompiler;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks world folders: the one way to ask whether a world is valid, and if not, what is wrong.
 * {@code bin/brass check}, a server's start and {@code reload} all call {@link #check(Path)} (or
 * {@link #checkFolder(Path)} with other behaviours); it always returns a {@link CheckResult} with
 * every problem found, and the definition only when there are no errors.
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
}
