package brass.world.script;

import brass.world.files.source.WorldFiles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.random.RandomGenerator;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A world's scripts, running: each file of a {@link ScriptLibrary} loaded into a scope of its own
 * (its top-level code run once, under a budget), and its functions called by name, each call
 * under its {@link ScriptBudget}. One per running world; {@link #load} replaces the scripts at a
 * reload, so whoever holds this object (the reactions) always calls the current ones. A file's
 * top-level variables last until the next load; what must last longer belongs in counters.
 *
 * <p>A call that throws or runs past its budget is stopped; the failure, with the file and line
 * where it was, goes to {@link ScriptFailures} (the log and the builders in the game), and the
 * call returns it. What the script did before it was stopped stays done. Everything here runs on
 * the game loop.
 */
public final class Scripts {

    private static final Logger log = LoggerFactory.getLogger(Scripts.class);

    /**
     * How deeply calls may nest: a script's effect may set off a reaction that calls a script,
     * and so on. Nested calls share the outermost call's budget.
     */
    public static final int MAX_NESTING = 8;

    private final ScriptBudget budget;
    private final RandomGenerator random;
    private final LongSupplier nanoTime;
    private ScriptFailures failures;
    private Loaded loaded;

    /**
     * Scripts with nothing loaded yet.
     *
     * @param random   what {@code Math.random()} draws from (the game's seeded generator)
     * @param nanoTime the clock a call's time budget is measured on: {@link #gameThreadTime()} on a
     *                 server, a manual clock in a transcript
     */
    public Scripts(ScriptBudget budget, RandomGenerator random, LongSupplier nanoTime, ScriptFailures failures) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.random = Objects.requireNonNull(random, "random");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.failures = Objects.requireNonNull(failures, "failures");
        this.loaded = new Loaded(ScriptLibrary.none(), null, Map.of());
    }

    /**
     * The time the calling thread has spent on a core, in nanoseconds: what a script call costs the
     * game loop. Real time would also count the moments the machine gave the thread's core to
     * something else, and on a busy host would stop innocent calls for the host's load; the
     * instruction budget still bounds what a call may do. Where the JVM cannot read a thread's CPU
     * time, real time.
     */
    public static LongSupplier gameThreadTime() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            return System::nanoTime;
        }
        if (!threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
        return threads::getCurrentThreadCpuTime;
    }

    /** Sends failures to {@code failures} from now on. */
    public void reportTo(ScriptFailures failures) {
        this.failures = Objects.requireNonNull(failures, "failures");
    }

    public ScriptBudget budget() {
        return budget;
    }

    /** The library now loaded. */
    public ScriptLibrary library() {
        return loaded.library;
    }

    /** Whether {@code file.function} exists in the scripts loaded. */
    public boolean has(String function) {
        return loaded.library.has(function);
    }

    /**
     * Loads {@code library} in place of what was loaded: a fresh scope for each file, whose
     * top-level code runs now. A file whose top-level code fails is reported, and its functions
     * fail when called, until a load that works. Call on the loop.
     */
    public void load(ScriptLibrary library) {
        Objects.requireNonNull(library, "library");
        if (library.isEmpty()) {
            loaded = new Loaded(library, null, Map.of());
            return;
        }
        loaded = Sandbox.inContext(cx -> {
            Host host = new Host(cx, random::nextDouble);
            Map<String, LoadedFile> files = new LinkedHashMap<>();
            for (ScriptFile file : library.files().values()) {
                ScriptableObject scope = host.fileScope();
                Optional<ScriptFailure> failed = run(cx, host, null, new Meter(budget, nanoTime), file.name() + ".js",
                        file.file(), c -> file.compiled().exec(c, scope));
                files.put(file.name(), new LoadedFile(file, scope, failed.isEmpty()));
            }
            return new Loaded(library, host, files);
        });
    }

    /**
     * Calls a script function for a reaction. Returns how it ended; a failure has already been
     * reported. Call on the loop.
     */
    public ScriptResult call(ScriptCall call, ScriptEffects effects) {
        Objects.requireNonNull(effects, "effects");
        Loaded now = loaded;
        String function = call.function();
        int dot = function.indexOf('.');
        LoadedFile file = dot < 0 ? null : now.files.get(function.substring(0, dot));
        if (file == null || !now.library.has(function)) {
            return failed(new ScriptFailure(function, file != null ? file.file.file()
                    : WorldFiles.SCRIPTS + "/" + (dot < 0 ? function : function.substring(0, dot)) + ".js", 0,
                    "does not exist in the scripts loaded"));
        }
        int line = file.file.functions().get(function.substring(dot + 1)).line();
        if (!file.loaded) {
            return failed(new ScriptFailure(function, file.file.file(), line,
                    "was not run: its file failed when it loaded"));
        }
        Invocation outer = now.host.current();
        if (outer != null && outer.depth() >= MAX_NESTING) {
            return failed(new ScriptFailure(function, file.file.file(), line, "was not run: scripts set each other off "
                    + MAX_NESTING + " deep"));
        }
        Object found = ScriptableObject.getProperty(file.scope, function.substring(dot + 1));
        if (!(found instanceof Function fn)) {
            return failed(new ScriptFailure(function, file.file.file(), line,
                    "was not run: its file's own code replaced it with something that is not a function"));
        }
        Meter meter = outer != null ? outer.meter() : new Meter(budget, nanoTime);
        Invocation invocation = new Invocation(call.actor().world(), effects, meter, outer == null ? 1 : outer.depth() + 1);
        Host host = now.host;
        Optional<ScriptFailure> failed;
        try {
            failed = Sandbox.inContext(cx -> run(cx, host, invocation, meter, function, file.file.file(),
                    c -> fn.call(c, file.scope, file.scope, new Object[] {host.handle(call.actor()),
                            host.handle(call.player()), host.handle(call.room()), event(c, host, call)})));
        } catch (IllegalStateException outsideTheSandbox) {
            return failed(new ScriptFailure(function, file.file.file(), line, "was not run: "
                    + outsideTheSandbox.getMessage()));
        }
        return failed.map(ScriptResult::failed).orElse(ScriptResult.done());
    }

    /** The {@code event} argument: what the trigger carried. */
    private static Scriptable event(Context cx, Host host, ScriptCall call) {
        Scriptable event = host.newObject(cx);
        event.put("text", event, call.text());
        event.put("thing", event, host.handle(call.thing()));
        return event;
    }

    /**
     * Runs {@code body} as {@code invocation} (null while a file loads); a failure is reported
     * (once: a budget spent in a nested call stops its callers too, quietly) and returned.
     */
    private Optional<ScriptFailure> run(Context cx, Host host, Invocation invocation, Meter meter, String function,
                                        String file, java.util.function.Function<Context, Object> body) {
        Invocation before = host.current();
        Object meterBefore = cx.getThreadLocal(Meter.class);
        host.current(invocation);
        cx.putThreadLocal(Meter.class, meter);
        if (before == null) {
            cx.setMaximumInterpreterStackDepth(budget.stackDepth());
        }
        try {
            body.apply(cx);
            return Optional.empty();
        } catch (Meter.Stopped stopped) {
            ScriptFailure failure = new ScriptFailure(function, stopped.file != null ? stopped.file : file, stopped.line,
                    stopped.problem);
            if (!stopped.reported) {
                stopped.reported = true;
                report(failure);
            }
            return Optional.of(failure);
        } catch (RhinoException thrown) {
            String where = thrown.sourceName() != null ? thrown.sourceName() : file;
            String what = thrown instanceof org.mozilla.javascript.EvaluatorException ? "failed: " : "threw ";
            return Optional.of(report(new ScriptFailure(function, where, Math.max(thrown.lineNumber(), 0),
                    what + thrown.details())));
        } catch (StackOverflowError deep) {
            return Optional.of(report(new ScriptFailure(function, file, 0, "called functions too deeply and was stopped")));
        } catch (RuntimeException bug) {
            if (insideRhino(bug)) {
                // The script's own doing, inside the engine (a string doubled past what Java can hold).
                return Optional.of(report(new ScriptFailure(function, file, 0, "failed inside the JavaScript engine: "
                        + bug)));
            }
            log.error("script {} failed in the host", function, bug);
            return Optional.of(report(new ScriptFailure(function, file, 0, "failed: " + bug)));
        } finally {
            host.current(before);
            if (meterBefore == null) {
                cx.removeThreadLocal(Meter.class);
            } else {
                cx.putThreadLocal(Meter.class, meterBefore);
            }
        }
    }

    /** Whether {@code e} came from Rhino's own code rather than from the host's (the first frame outside the JDK). */
    private static boolean insideRhino(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (!frame.getClassName().startsWith("java.")) {
                return frame.getClassName().startsWith("org.mozilla.javascript.");
            }
        }
        return false;
    }

    private ScriptResult failed(ScriptFailure failure) {
        report(failure);
        return ScriptResult.failed(failure);
    }

    private ScriptFailure report(ScriptFailure failure) {
        try {
            failures.failed(failure);
        } catch (RuntimeException e) {
            log.error("telling of a script failure failed: {}", failure, e);
        }
        return failure;
    }

    /** A library as loaded: its host objects and each file's scope. */
    private record Loaded(ScriptLibrary library, Host host, Map<String, LoadedFile> files) {
    }

    /** One file as loaded: its scope, and whether its top-level code ran to the end. */
    private record LoadedFile(ScriptFile file, ScriptableObject scope, boolean loaded) {
    }
}
