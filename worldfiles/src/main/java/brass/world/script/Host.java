package brass.world.script;

import brass.world.model.Thing;
import java.util.IdentityHashMap;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The host side of one loaded set of scripts: the standard scope they share, the prototype that
 * gives things their methods, the {@code world} object, and the call now running. Scripts reach
 * the game only through these objects, which hold no Java object a script could reflect on: a
 * thing is a {@link ThingHandle}, a plain script object whose properties and methods are listed in
 * {@link ThingMethods}.
 */
final class Host {

    private final ScriptableObject standard;
    private final ScriptableObject thingPrototype;
    private final WorldHandle world;
    private Invocation current;

    Host(Context cx, java.util.function.DoubleSupplier random) {
        this.standard = StandardScope.make(cx, random);
        this.thingPrototype = (ScriptableObject) cx.newObject(standard);
        ThingMethods.install(this, thingPrototype);
        thingPrototype.sealObject();
        this.world = new WorldHandle(this);
        world.sealObject();
    }

    /** A fresh top-level scope for one file: its own variables, the shared standard objects, and {@code world}. */
    ScriptableObject fileScope() {
        NativeObject scope = new NativeObject();
        scope.setPrototype(standard);
        scope.setParentScope(null);
        scope.defineProperty(WorldHandle.NAME, world,
                ScriptableObject.READONLY | ScriptableObject.PERMANENT | ScriptableObject.DONTENUM);
        return scope;
    }

    ScriptableObject standard() {
        return standard;
    }

    ScriptableObject thingPrototype() {
        return thingPrototype;
    }

    Invocation current() {
        return current;
    }

    void current(Invocation invocation) {
        current = invocation;
    }

    /**
     * The call now running, for a host function that needs one ({@code method} names it in the
     * error): while a file loads there is none, and the world cannot be touched.
     */
    Invocation invocation(String method) {
        if (current == null) {
            throw ScriptRuntime.typeError(method + " can only be used while a function runs, not while its file loads");
        }
        return current;
    }

    /** The script object for {@code thing} (the same one throughout a call), or null for null. */
    Object handle(Thing thing) {
        if (thing == null) {
            return null;
        }
        Map<Thing, ThingHandle> handles = current == null ? new IdentityHashMap<>() : current.handles();
        return handles.computeIfAbsent(thing, t -> new ThingHandle(this, t));
    }

    /** A new script object with the standard prototype, for the {@code event} argument. */
    Scriptable newObject(Context cx) {
        return cx.newObject(standard);
    }
}
