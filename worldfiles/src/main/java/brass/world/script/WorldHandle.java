package brass.world.script;

import brass.world.model.Thing;
import java.util.List;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The global {@code world} of every script:
 * <pre>
 *   world.thing(id)               the room, thing, actor or door with that id, or null
 *   world.create(prototype, place) a new thing made from a prototype, in place; returns it
 *   world.destroy(thing)          takes a thing out of the world
 * </pre>
 * The checker reads the ids written literally in {@code world.thing("...")} and
 * {@code world.create("...", ...)} and reports those that do not exist.
 */
final class WorldHandle extends ScriptableObject {

    private static final long serialVersionUID = 1L;

    /** The global's name. */
    static final String NAME = "world";

    /** Its functions, for the checker. */
    static final List<String> FUNCTIONS = List.of("thing", "create", "destroy");

    WorldHandle(Host host) {
        setPrototype(ScriptableObject.getObjectPrototype(host.standard()));
        setParentScope(host.standard());
        define("thing", 1, (cx, s, thisObj, args) -> {
            Invocation call = host.invocation("world.thing");
            String id = Args.name(args, 0, "world.thing", "an id");
            return call.world().find(id).filter(t -> !t.isRemoved()).map(host::handle).orElse(null);
        });
        define("create", 2, (cx, s, thisObj, args) -> {
            Invocation call = host.invocation("world.create");
            String prototype = Args.name(args, 0, "world.create", "the id of a prototype");
            Thing place = Args.thing(args, 1, "world.create");
            StandardScope.charge(cx, ScriptBudget.EFFECT_COST);
            Object made = ThingMethods.refusedAsError("world.create",
                    () -> host.handle(call.effects().create(prototype, place)));
            call.meter().check();
            return made;
        });
        define("destroy", 1, (cx, s, thisObj, args) -> {
            Invocation call = host.invocation("world.destroy");
            Thing thing = Args.thing(args, 0, "world.destroy");
            StandardScope.charge(cx, ScriptBudget.EFFECT_COST);
            ThingMethods.refusedAsError("world.destroy", () -> {
                call.effects().destroy(thing);
                return Undefined.instance;
            });
            call.meter().check();
            return Undefined.instance;
        });
    }

    private void define(String name, int arity, org.mozilla.javascript.SerializableCallable body) {
        defineProperty(name, new LambdaFunction(this, name, arity, body), ScriptableObject.DONTENUM
                | ScriptableObject.READONLY | ScriptableObject.PERMANENT);
    }

    @Override
    public String getClassName() {
        return "World";
    }
}
