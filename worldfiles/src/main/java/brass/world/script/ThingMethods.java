package brass.world.script;

import brass.world.model.Thing;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The methods every thing has in a script, on one shared, sealed prototype. The effects are those
 * of reactions, each done by the thing it is called on:
 * <pre>
 *   actor.say(text)          actor.emote(text)          player.tell(text)
 *   room.show(text)          room.show(text, except)    thing.moveTo(place)
 *   actor.give(thing, to)    actor.take(thing)
 *   actor.open(thing)  close  lock  unlock  light  extinguish
 *   thing.counter(name)  thing.setCounter(name, n)  thing.addCounter(name, n)
 *   thing.flag(name)     thing.setFlag(name, on)    thing.has(other)
 * </pre>
 * Each effect costs {@link ScriptBudget#EFFECT_COST} instructions. An effect the host refuses
 * (a counter the thing was never given) becomes an error the script may catch, naming the method.
 */
final class ThingMethods {

    private ThingMethods() {
    }

    /** What a method does, given the thing it is called on. */
    @FunctionalInterface
    private interface Body {
        Object run(Thing self, Object[] args, ScriptEffects effects);
    }

    static void install(Host host, ScriptableObject prototype) {
        effect(host, prototype, "say", 1, (self, args, fx) -> {
            fx.say(self, Args.text(args, 0, "say"));
            return Undefined.instance;
        });
        effect(host, prototype, "emote", 1, (self, args, fx) -> {
            fx.emote(self, Args.text(args, 0, "emote"));
            return Undefined.instance;
        });
        effect(host, prototype, "tell", 1, (self, args, fx) -> {
            fx.tell(self, Args.text(args, 0, "tell"));
            return Undefined.instance;
        });
        effect(host, prototype, "show", 2, (self, args, fx) -> {
            fx.show(self, Args.text(args, 0, "show"), Args.optionalThing(args, 1, "show"));
            return Undefined.instance;
        });
        effect(host, prototype, "moveTo", 1, (self, args, fx) -> {
            Thing place = Args.thing(args, 0, "moveTo");
            if (self.isPlayer()) {
                if (!place.isRoom()) {
                    throw ScriptRuntime.typeError("moveTo: a player can only be moved to a room, and '" + place.id()
                            + "' is a " + ThingHandle.kind(place));
                }
                fx.movePlayer(self, place);
            } else {
                fx.move(self, place);
            }
            return Undefined.instance;
        });
        effect(host, prototype, "give", 2, (self, args, fx) -> {
            fx.give(self, Args.thing(args, 0, "give"), Args.thing(args, 1, "give"));
            return Undefined.instance;
        });
        deed(host, prototype, "take", ScriptEffects::take);
        deed(host, prototype, "open", ScriptEffects::open);
        deed(host, prototype, "close", ScriptEffects::close);
        deed(host, prototype, "lock", ScriptEffects::lock);
        deed(host, prototype, "unlock", ScriptEffects::unlock);
        deed(host, prototype, "light", ScriptEffects::light);
        deed(host, prototype, "extinguish", ScriptEffects::extinguish);
        read(host, prototype, "counter", 1, (self, args, fx) -> (double) fx.counter(self, counterName(args, "counter")));
        read(host, prototype, "flag", 1, (self, args, fx) -> fx.counter(self, counterName(args, "flag")) != 0);
        effect(host, prototype, "setCounter", 2, (self, args, fx) -> {
            fx.setCounter(self, counterName(args, "setCounter"), Args.whole(args, 1, "setCounter"));
            return Undefined.instance;
        });
        effect(host, prototype, "addCounter", 2, (self, args, fx) ->
                (double) fx.addCounter(self, counterName(args, "addCounter"), Args.whole(args, 1, "addCounter")));
        effect(host, prototype, "setFlag", 2, (self, args, fx) -> {
            boolean on = Args.absent(args, 1) || ScriptRuntime.toBoolean(args[1]);
            fx.setCounter(self, counterName(args, "setFlag"), on ? 1 : 0);
            return Undefined.instance;
        });
        define(prototype, "has", 1, (cx, s, thisObj, args) -> {
            Thing self = self(thisObj, "has");
            Thing other = Args.thing(args, 0, "has");
            return other != self && other.isWithin(self);
        });
    }

    private static String counterName(Object[] args, String method) {
        return Args.name(args, 0, method, "the name of a flag or counter");
    }

    /** {@code actor.take(thing)} and the like: the thing it is called on does it to another. */
    private static void deed(Host host, ScriptableObject prototype, String name, Deed deed) {
        effect(host, prototype, name, 1, (self, args, fx) -> {
            deed.apply(fx, self, Args.thing(args, 0, name));
            return Undefined.instance;
        });
    }

    @FunctionalInterface
    private interface Deed {
        void apply(ScriptEffects effects, Thing by, Thing thing);
    }

    /** A method that changes the world: charged, and run through the current call's effects. */
    private static void effect(Host host, ScriptableObject prototype, String name, int arity, Body body) {
        define(prototype, name, arity, (cx, s, thisObj, args) -> {
            Thing self = self(thisObj, name);
            Invocation call = host.invocation(name);
            StandardScope.charge(cx, ScriptBudget.EFFECT_COST);
            Object result = refusedAsError(name, () -> body.run(self, args, call.effects()));
            call.meter().check();
            return result;
        });
    }

    /** A method that only reads, through the current call's effects (counters live there). */
    private static void read(Host host, ScriptableObject prototype, String name, int arity, Body body) {
        define(prototype, name, arity, (cx, s, thisObj, args) -> {
            Thing self = self(thisObj, name);
            Invocation call = host.invocation(name);
            return refusedAsError(name, () -> body.run(self, args, call.effects()));
        });
    }

    /** What the host refuses becomes a script error naming the method, which the script may catch. */
    static Object refusedAsError(String method, java.util.function.Supplier<Object> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException | IllegalStateException refused) {
            throw Context.reportRuntimeError(method + ": " + refused.getMessage());
        }
    }

    private static void define(ScriptableObject prototype, String name, int arity,
                               org.mozilla.javascript.SerializableCallable body) {
        prototype.defineProperty(name, new LambdaFunction(prototype, name, arity, body), ScriptableObject.DONTENUM);
    }

    /** The thing a method was called on; a TypeError when it was called on something else. */
    private static Thing self(Object thisObj, String method) {
        if (thisObj instanceof ThingHandle handle) {
            return handle.live(method);
        }
        throw ScriptRuntime.typeError(method + " must be called on a thing, as in actor." + method + "(...)");
    }
}
