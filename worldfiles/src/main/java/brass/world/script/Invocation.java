package brass.world.script;

import brass.world.model.Thing;
import brass.world.model.World;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One script call under way: the world it acts in, where its effects go, its meter, and the
 * script objects made for things during it (one per thing, so that
 * {@code world.thing("lamp") === event.thing} holds).
 *
 * @param depth how many calls are under way, this one included (a script's effect may set off a
 *              reaction that calls another script)
 */
record Invocation(World world, ScriptEffects effects, Meter meter, Map<Thing, ThingHandle> handles, int depth) {

    Invocation(World world, ScriptEffects effects, Meter meter, int depth) {
        this(world, effects, meter, new IdentityHashMap<>(), depth);
    }
}
