package brass.world.behaviour;

import brass.world.files.definition.BehaviourDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.model.Thing;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every behaviour running in one world, so they can all be stopped at once. A reload stops the
 * old set before starting the new one: each behaviour is then running exactly once, and no
 * timer of the old world is left ticking. Use on the game loop only.
 */
public final class RunningBehaviours {

    private static final Logger log = LoggerFactory.getLogger(RunningBehaviours.class);

    /** One behaviour running on one thing. */
    public record Entry(String thingId, String behaviour, Behaviour.Running running) {
    }

    private final List<Entry> entries;
    private boolean stopped;

    private RunningBehaviours(List<Entry> entries) {
        this.entries = entries;
    }

    /** Nothing running: for a world built without behaviours. */
    public static RunningBehaviours none() {
        return new RunningBehaviours(new ArrayList<>());
    }

    /**
     * Starts, for every thing of {@code world} whose definition names behaviours, each of them,
     * with the code {@code registry} holds for it. A behaviour that throws while starting is
     * logged and skipped: one broken behaviour must not keep the world from running.
     *
     * @throws IllegalArgumentException before starting anything, if the definition names a
     *     behaviour {@code registry} does not hold (it was checked against another registry)
     */
    public static RunningBehaviours start(World world, WorldDefinition definition, BehaviourRegistry registry,
                                          BehaviourContext context) {
        requireRegistered(definition, registry);
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<BehaviourDefinition>> e : attached(definition).entrySet()) {
            Thing thing = world.find(e.getKey()).orElse(null);
            if (thing == null) {
                continue;
            }
            for (BehaviourDefinition b : e.getValue()) {
                Behaviour behaviour = registry.find(b.name()).orElseThrow();
                try {
                    entries.add(new Entry(thing.id(), b.name(), behaviour.code().start(thing, b, context)));
                } catch (RuntimeException ex) {
                    log.error("behaviour '{}' of {} failed to start", b.name(), thing.id(), ex);
                }
            }
        }
        return new RunningBehaviours(entries);
    }

    /**
     * Throws unless every behaviour {@code definition} names is in {@code registry}: a world
     * checked against one registry and run with another would accept behaviours it cannot start.
     */
    public static void requireRegistered(WorldDefinition definition, BehaviourRegistry registry) {
        for (Map.Entry<String, List<BehaviourDefinition>> e : attached(definition).entrySet()) {
            for (BehaviourDefinition b : e.getValue()) {
                if (registry.find(b.name()).isEmpty()) {
                    throw new IllegalArgumentException("behaviour '" + b.name() + "' of " + e.getKey() + " (" + b.position()
                            + ") is not registered here: the world was checked against another behaviour registry");
                }
            }
        }
    }

    /** Every thing's behaviours, by id, in definition order: rooms, doors, actors, things. */
    public static Map<String, List<BehaviourDefinition>> attached(WorldDefinition definition) {
        Map<String, List<BehaviourDefinition>> out = new LinkedHashMap<>();
        definition.rooms().values().forEach(r -> put(out, r.id(), r.behaviours()));
        definition.doors().values().forEach(d -> put(out, d.id(), d.behaviours()));
        definition.actors().values().forEach(a -> put(out, a.id(), a.behaviours()));
        definition.things().values().forEach(t -> put(out, t.id(), t.behaviours()));
        return out;
    }

    private static void put(Map<String, List<BehaviourDefinition>> out, String id, List<BehaviourDefinition> list) {
        if (!list.isEmpty()) {
            out.put(id, list);
        }
    }

    /** What is running, in start order. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public int size() {
        return entries.size();
    }

    public boolean isStopped() {
        return stopped;
    }

    /** Stops every behaviour, once; a behaviour that throws while stopping is logged and the rest still stop. */
    public void stopAll() {
        if (stopped) {
            return;
        }
        stopped = true;
        for (Entry e : entries) {
            try {
                e.running().stop();
            } catch (RuntimeException ex) {
                log.error("behaviour '{}' of {} failed to stop", e.behaviour(), e.thingId(), ex);
            }
        }
    }
}
