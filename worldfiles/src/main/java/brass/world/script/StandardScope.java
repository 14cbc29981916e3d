package brass.world.script;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaConstructor;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Symbol;

/**
 * The standard objects every script of one world shares: Rhino's safe standard objects (no
 * LiveConnect), less what a script must not have, with the rest sealed so that one file cannot
 * change {@code Array.prototype} under another.
 *
 * <p>Taken away: making code from text ({@code eval}, {@code Function("...")}, {@code Script}),
 * which would also escape the checker; what reads the wall clock or waits ({@code Date},
 * {@code Promise}); raw memory ({@code ArrayBuffer} and the typed arrays, where one step can
 * allocate a gigabyte); Rhino's own extras ({@code Continuation}, {@code Iterator}, {@code With},
 * {@code Call}, {@code JavaException}, {@code CallSite}, {@code uneval}, {@code isXMLName});
 * {@code Proxy} and {@code Reflect}. {@code Math.random} draws from the game's seeded generator,
 * so transcripts replay exactly.
 *
 * <p>Every built-in method is charged, before it runs, one instruction per element or character
 * of what it works on ({@code this} and its arguments): a {@code sort} or {@code join} of a
 * million-element array spends the budget instead of holding the loop.
 */
final class StandardScope {

    static final List<String> REMOVED = List.of("eval", "uneval", "Script", "Continuation", "With", "Call",
            "Iterator", "StopIteration", "JavaException", "CallSite", "isXMLName", "Date", "Promise", "Proxy",
            "Reflect", "ArrayBuffer", "DataView", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array",
            "Uint16Array", "Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array", "Float32Array",
            "Float64Array");

    static final String NO_CODE_FROM_TEXT = "scripts cannot make code from text";

    /** The most a single charge adds, so Rhino's int counter cannot wrap round; far past any budget. */
    private static final long MAX_CHARGE = 1 << 30;

    private StandardScope() {
    }

    /** A new sealed standard scope whose {@code Math.random} is {@code random}. */
    static ScriptableObject make(Context cx, DoubleSupplier random) {
        ScriptableObject scope = cx.initSafeStandardObjects(null, false);
        for (String name : REMOVED) {
            scope.delete(name);
        }
        // Force the lazily made standard objects into being, so that they are charged and sealed too.
        for (Object id : scope.getAllIds()) {
            if (id instanceof String name) {
                ScriptableObject.getProperty(scope, name);
            }
        }
        LambdaConstructor noCode = new LambdaConstructor(scope, "Function", 1, (c, s, thisObj, args) -> {
            throw ScriptRuntime.typeError(NO_CODE_FROM_TEXT);
        }, (c, s, args) -> {
            throw ScriptRuntime.typeError(NO_CODE_FROM_TEXT);
        });
        Scriptable functionPrototype = ScriptableObject.getFunctionPrototype(scope);
        noCode.defineProperty("prototype", functionPrototype, ScriptableObject.PERMANENT | ScriptableObject.READONLY
                | ScriptableObject.DONTENUM);
        ScriptableObject.defineProperty(functionPrototype, "constructor", noCode, ScriptableObject.DONTENUM);
        scope.defineProperty("Function", noCode, ScriptableObject.DONTENUM);
        ScriptableObject math = (ScriptableObject) ScriptableObject.getProperty(scope, "Math");
        math.defineProperty("random", new LambdaFunction(scope, "random", 0,
                (c, s, thisObj, args) -> random.getAsDouble()), ScriptableObject.DONTENUM);
        chargeBuiltins(scope);
        seal(scope, Collections.newSetFromMap(new IdentityHashMap<>()));
        return scope;
    }

    // ---- charging ------------------------------------------------------------------------------

    private static void chargeBuiltins(ScriptableObject scope) {
        Set<Object> done = Collections.newSetFromMap(new IdentityHashMap<>());
        // globalThis is the scope itself: its functions are charged here, its constructors never.
        done.add(scope);
        for (Object id : scope.getAllIds()) {
            if (!(id instanceof String name) || name.equals("Function")) {
                continue;
            }
            Object value = scope.get(name, scope);
            boolean namespace = Character.isUpperCase(name.charAt(0));
            if (value instanceof Function f && !namespace) {
                scope.defineProperty(name, charged(scope, name, f), ScriptableObject.DONTENUM);
            } else if (value instanceof ScriptableObject object) {
                chargeMethods(scope, object, done);
                if (ScriptableObject.getProperty(object, "prototype") instanceof ScriptableObject prototype) {
                    chargeMethods(scope, prototype, done);
                }
            }
        }
        chargeMethods(scope, (ScriptableObject) ScriptableObject.getFunctionPrototype(scope), done);
    }

    private static void chargeMethods(ScriptableObject scope, ScriptableObject holder, Set<Object> done) {
        if (!done.add(holder)) {
            return;
        }
        for (Object id : holder.getAllIds()) {
            if (!(id instanceof String name) || name.equals("constructor") || name.equals("prototype")) {
                continue;
            }
            Object value;
            try {
                value = holder.get(name, holder);
            } catch (RuntimeException accessorRefused) {
                continue;
            }
            if (value instanceof Function f && !(value instanceof Charged)
                    && (holder.getAttributes(name) & ScriptableObject.READONLY) == 0) {
                holder.defineProperty(name, charged(scope, name, f), holder.getAttributes(name));
            }
        }
    }

    private static Charged charged(Scriptable scope, String name, Function builtin) {
        int arity = ScriptableObject.getProperty(builtin, "length") instanceof Number n ? n.intValue() : 0;
        return new Charged(scope, name, arity, (cx, s, thisObj, args) -> {
            charge(cx, cost(name, thisObj, args));
            return builtin.call(cx, s, thisObj, args);
        });
    }

    /** A built-in wrapped so that it is charged first; a marker, so nothing is wrapped twice. */
    private static final class Charged extends LambdaFunction {
        private static final long serialVersionUID = 1L;

        Charged(Scriptable scope, String name, int arity, org.mozilla.javascript.SerializableCallable target) {
            super(scope, name, arity, target);
        }
    }

    /** What a built-in call costs before it runs: the sizes of what it is given, and of what it makes. */
    static long cost(String name, Object thisObj, Object[] args) {
        long cost = size(thisObj);
        for (Object arg : args) {
            cost += size(arg);
        }
        if (args.length > 0 && args[0] instanceof Number n) {
            // The methods whose result is as long as a number they are given.
            switch (name) {
                case "repeat" -> cost += (long) Math.min(Math.max(n.doubleValue(), 0) * Math.max(size(thisObj), 1),
                        MAX_CHARGE);
                case "padStart", "padEnd" -> cost += (long) Math.min(Math.max(n.doubleValue(), 0), MAX_CHARGE);
                default -> { }
            }
        }
        return cost;
    }

    /** The length of a string or of an array-like, without flattening a string built by concatenation. */
    private static long size(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Scriptable object && !(value instanceof Callable) && !(value instanceof Symbol)) {
            Object length;
            try {
                length = ScriptableObject.getProperty(object, "length");
            } catch (RuntimeException noLength) {
                return 0;
            }
            if (length instanceof Number n) {
                double d = n.doubleValue();
                return d > 0 ? (long) Math.min(d, MAX_CHARGE) : 0;
            }
        }
        return 0;
    }

    /** Adds {@code cost} instructions to the running call's count (which checks its budget). */
    static void charge(Context cx, long cost) {
        if (cost > 0) {
            ScriptRuntime.addInstructionCount(cx, (int) Math.min(cost, MAX_CHARGE));
        }
    }

    // ---- sealing -------------------------------------------------------------------------------

    /** Seals {@code object} and every standard object reachable from it. */
    private static void seal(ScriptableObject object, Set<Object> sealed) {
        if (!sealed.add(object)) {
            return;
        }
        for (Object id : object.getAllIds()) {
            Object value;
            try {
                value = id instanceof String name ? object.get(name, object)
                        : id instanceof Integer index ? object.get(index, object) : null;
            } catch (RuntimeException accessorRefused) {
                continue;
            }
            if (value instanceof ScriptableObject child) {
                seal(child, sealed);
            }
        }
        if (object.getPrototype() instanceof ScriptableObject prototype) {
            seal(prototype, sealed);
        }
        object.sealObject();
    }
}
