package brass.world.script;

import brass.world.model.Thing;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Undefined;

/**
 * Reading the arguments a script passes to the host, with errors a builder can act on: each names
 * the method and says what it wanted ("give: argument 2 must be a thing (world.thing('id') finds
 * one), found the text 'bob'").
 */
final class Args {

    /** The longest text a script may say, show or tell in one go. */
    static final int MAX_TEXT = 4_000;

    private Args() {
    }

    static boolean absent(Object[] args, int i) {
        return i >= args.length || args[i] == null || Undefined.isUndefined(args[i]);
    }

    /** A thing still in the world. */
    static Thing thing(Object[] args, int i, String method) {
        Object value = i < args.length ? args[i] : Undefined.instance;
        if (value instanceof ThingHandle handle) {
            return handle.live(method);
        }
        throw ScriptRuntime.typeError(method + ": argument " + (i + 1) + " must be a thing (world.thing('id') finds"
                + " one), found " + describe(value));
    }

    /** A thing still in the world, or null when the argument is left out. */
    static Thing optionalThing(Object[] args, int i, String method) {
        return absent(args, i) ? null : thing(args, i, method);
    }

    /** Text to show players: anything but undefined or null, made a string, at most {@link #MAX_TEXT} long. */
    static String text(Object[] args, int i, String method) {
        if (absent(args, i)) {
            throw ScriptRuntime.typeError(method + ": argument " + (i + 1) + " must be the text, found "
                    + describe(i < args.length ? args[i] : Undefined.instance));
        }
        Object value = args[i];
        // Measured before it is made one string: text built by doubling is not flattened to be refused.
        if (value instanceof CharSequence chars && (chars.length() > MAX_TEXT || chars.length() < 0)) {
            // Negative: Rhino's count of a string doubled past two thousand million characters wrapped round.
            throw tooLong(method, chars.length() < 0 ? Integer.MAX_VALUE : chars.length());
        }
        String text;
        try {
            text = ScriptRuntime.toString(value);
        } catch (IndexOutOfBoundsException | NegativeArraySizeException wrapped) {
            // A string doubled so often that Rhino's count of its length wrapped round to something small.
            throw tooLong(method, Integer.MAX_VALUE);
        }
        if (text.length() > MAX_TEXT) {
            throw tooLong(method, text.length());
        }
        return text;
    }

    private static RuntimeException tooLong(String method, int length) {
        return ScriptRuntime.typeError(method + ": the text is " + (length == Integer.MAX_VALUE ? "over 2147483646"
                : String.valueOf(length)) + " characters long; at most " + MAX_TEXT + " may be shown at once");
    }

    /** An id or a counter's name: a string. */
    static String name(Object[] args, int i, String method, String what) {
        Object value = i < args.length ? args[i] : Undefined.instance;
        if (value instanceof CharSequence chars && chars.length() <= MAX_TEXT) {
            return chars.toString();
        }
        throw ScriptRuntime.typeError(method + ": argument " + (i + 1) + " must be " + what + ", found "
                + describe(value));
    }

    /** A whole number. */
    static long whole(Object[] args, int i, String method) {
        Object value = i < args.length ? args[i] : Undefined.instance;
        double d = value instanceof Number n ? n.doubleValue() : Double.NaN;
        if (d != Math.rint(d) || Double.isInfinite(d) || Math.abs(d) > 9.007199254740991E15) {
            throw ScriptRuntime.typeError(method + ": argument " + (i + 1) + " must be a whole number, found "
                    + describe(value));
        }
        return (long) d;
    }

    /** What a value is, for an error: "the text 'bob'", "the number 3", "undefined", "a thing 'lamp'". */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (Undefined.isUndefined(value)) {
            return "undefined";
        }
        if (value instanceof CharSequence chars) {
            String text = chars.length() > 40 ? chars.subSequence(0, 40) + "..." : chars.toString();
            return "the text '" + text + "'";
        }
        if (value instanceof Number) {
            return "the number " + ScriptRuntime.toString(value);
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof ThingHandle handle) {
            return "the " + ThingHandle.kind(handle.thing()) + " '" + handle.thing().id() + "'";
        }
        return ScriptRuntime.typeof(value).equals("function") ? "a function" : "an object";
    }
}
