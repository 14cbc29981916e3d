package brass.world.script;

import brass.world.model.Thing;
import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * A thing as a script sees it: read-only properties computed from the live thing each time they
 * are read ({@code id}, {@code name}, {@code kind}, {@code location}, {@code room},
 * {@code contents}, {@code isOpen}, {@code isLocked}, {@code isLit}), and the methods of
 * {@link ThingMethods} through its prototype. Assigning to a property is a TypeError: what a
 * script changes, it changes through an effect.
 */
final class ThingHandle extends ScriptableObject {

    private static final long serialVersionUID = 1L;

    /** The properties, in the order {@code Object.keys} lists them. */
    static final List<String> PROPERTIES = List.of("id", "name", "kind", "location", "room", "contents", "isOpen",
            "isLocked", "isLit");

    private final transient Host host;
    private final transient Thing thing;

    ThingHandle(Host host, Thing thing) {
        this.host = host;
        this.thing = thing;
        setPrototype(host.thingPrototype());
        setParentScope(host.standard());
    }

    /** The thing, which must still be in the world for {@code method} to use it. */
    Thing live(String method) {
        if (thing.isRemoved()) {
            throw ScriptRuntime.typeError(method + ": '" + thing.id() + "' is no longer in the world");
        }
        return thing;
    }

    Thing thing() {
        return thing;
    }

    @Override
    public String getClassName() {
        return "Thing";
    }

    @Override
    public Object get(String name, Scriptable start) {
        return switch (name) {
            case "id" -> thing.id();
            case "name" -> thing.name();
            case "kind" -> kind(thing);
            case "location" -> host.handle(thing.isRemoved() ? null : thing.location());
            case "room" -> host.handle(thing.isRemoved() ? null : thing.room());
            case "contents" -> contents();
            case "isOpen" -> thing.isOpen();
            case "isLocked" -> thing.isLocked();
            case "isLit" -> thing.isLit();
            default -> super.get(name, start);
        };
    }

    @Override
    public boolean has(String name, Scriptable start) {
        return PROPERTIES.contains(name) || super.has(name, start);
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        throw ScriptRuntime.typeError("'" + name + "' of a thing cannot be assigned; things change through their"
                + " methods, such as moveTo or setCounter");
    }

    @Override
    public void delete(String name) {
        // Nothing of a thing can be deleted; as for a sealed object, deleting does nothing.
    }

    @Override
    public Object[] getIds() {
        return PROPERTIES.toArray();
    }

    @Override
    public Object getDefaultValue(Class<?> typeHint) {
        // "Pembrook gives you " + lamp reads "the lamp"'s name, not [object Thing].
        return thing.name();
    }

    private Object contents() {
        if (thing.isRemoved()) {
            return Context.getCurrentContext().newArray(host.standard(), 0);
        }
        List<Thing> inside = thing.contents();
        Object[] handles = new Object[inside.size()];
        for (int i = 0; i < handles.length; i++) {
            handles[i] = host.handle(inside.get(i));
        }
        return Context.getCurrentContext().newArray(host.standard(), handles);
    }

    /** "room", "door", "actor", "player" or "thing". */
    static String kind(Thing thing) {
        if (thing.isPlayer()) {
            return "player";
        }
        return switch (thing.kind()) {
            case ROOM -> "room";
            case DOOR -> "door";
            case ACTOR -> "actor";
            case OBJECT -> "thing";
        };
    }
}
