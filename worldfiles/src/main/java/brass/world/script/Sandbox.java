package brass.world.script;

import java.util.Set;
import java.util.TreeSet;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Script;

/**
 * Where scripts run: Mozilla Rhino, interpreted (no classes are generated), with no way out to
 * Java. Every context this factory makes
 * <ul>
 *   <li>hides every Java class ({@code ClassShutter}), and has no LiveConnect at all: the standard
 *       objects are the "safe" ones, without {@code Packages}, {@code java}, {@code JavaAdapter},
 *       {@code importClass} and the like;</li>
 *   <li>has no E4X (XML parsing could read files) and no enhanced Java access;</li>
 *   <li>reports instructions to the running call's {@link Meter} every
 *       {@link ScriptBudget#CHECK_EVERY} instructions.</li>
 * </ul>
 * The standard objects themselves are trimmed by {@link StandardScope}.
 */
final class Sandbox extends ContextFactory {

    static final Sandbox FACTORY = new Sandbox();

    private Sandbox() {
    }

    @Override
    protected Context makeContext() {
        Context cx = super.makeContext();
        cx.setInterpretedMode(true);
        cx.setLanguageVersion(Context.VERSION_ES6);
        cx.setClassShutter(className -> false);
        cx.setInstructionObserverThreshold(ScriptBudget.CHECK_EVERY);
        cx.setMaximumInterpreterStackDepth(ScriptBudget.DEFAULT.stackDepth());
        return cx;
    }

    @Override
    protected boolean hasFeature(Context cx, int feature) {
        return switch (feature) {
            case Context.FEATURE_E4X, Context.FEATURE_ENHANCED_JAVA_ACCESS, Context.FEATURE_ENABLE_JAVA_MAP_ACCESS,
                    Context.FEATURE_JAVA_SERIALIZATION, Context.FEATURE_DYNAMIC_SCOPE -> false;
            case Context.FEATURE_LOCATION_INFORMATION_IN_ERROR -> true;
            default -> super.hasFeature(cx, feature);
        };
    }

    @Override
    protected void observeInstructionCount(Context cx, int instructionCount) {
        Object meter = cx.getThreadLocal(Meter.class);
        if (meter != null) {
            ((Meter) meter).count(instructionCount);
        }
    }

    /**
     * Runs {@code work} in a context of this sandbox, entered for the call (nested calls share it).
     *
     * @throws IllegalStateException when a Rhino context of another factory is current on this
     *     thread: Rhino would run the script in it, without this sandbox's limits
     */
    static <T> T inContext(java.util.function.Function<Context, T> work) {
        Context current = Context.getCurrentContext();
        if (current != null && current.getFactory() != FACTORY) {
            throw new IllegalStateException("another Rhino context is entered on this thread, and a script runs only"
                    + " in its sandbox");
        }
        Context cx = FACTORY.enterContext();
        try {
            return work.apply(cx);
        } finally {
            Context.exit();
        }
    }

    /**
     * Compiles a script for the interpreter. Safe to call on any thread; the compiled script holds
     * no scope and may be run in any number of worlds.
     */
    static Script compile(String source, String file) {
        return inContext(cx -> cx.compileString(source, file, 1, null));
    }

    /** Every global name a script sees, besides its own: the standard objects left and {@code world}. */
    static Set<String> globalNames() {
        return GlobalNames.NAMES;
    }

    private static final class GlobalNames {
        static final Set<String> NAMES = inContext(cx -> {
            Set<String> names = new TreeSet<>();
            for (Object id : StandardScope.make(cx, Math::random).getAllIds()) {
                names.add(id.toString());
            }
            names.add(WorldHandle.NAME);
            return Set.copyOf(names);
        });
    }
}
