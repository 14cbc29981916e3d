package brass.world.files.compile;

import brass.world.files.definition.ThingDefinition;
import brass.world.files.diagnostic.Problems;
import brass.world.model.Flag;
import java.util.Map;

/** Keys and locks agree: a thing a lock names is marked is-key, and every key opens something. */
final class KeyCheck {

    private KeyCheck() {
    }

    static void check(KeyUses keys, Map<String, ThingDefinition> things, Problems problems) {
        for (String used : keys.used()) {
            ThingDefinition key = things.get(used);
            if (key != null && !key.is(Flag.KEY)) {
                problems.warning(key.position(), "thing '" + key.id() + "' opens a lock but is not marked is-key",
                        "add is-key: true so players can use it as a key");
            }
        }
        for (ThingDefinition thing : things.values()) {
            if (thing.is(Flag.KEY) && !keys.used().contains(thing.id())
                    && !keys.suggested().contains(thing.id())) {
                problems.warning(thing.position(), "key '" + thing.id() + "' opens nothing",
                        "name it as key: of a door or a lockable thing");
            }
        }
    }
}
