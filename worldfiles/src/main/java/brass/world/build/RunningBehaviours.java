package brass.world.build;

import brass.world.files.definition.BehaviourDefinition;
import brass.world.files.definition.WorldDefinition;
import brass.world.model.Thing;
import brass.world.model.World;
import java.util.ArrayList;
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
     * Starts, for every thing of {@code world} whose definition names behaviours, each one that
     * has an implementation in {@code implementations}. A valid name without code is logged at
     * debug level and skipped. A behaviour that throws while starting is logged and skipped: one
     * broken behaviour must not keep the world from running.
     */
    public static RunningBehaviours start(World world, WorldDefinition definition, Behaviours implementations,
                                          BehaviourContext context) {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<BehaviourDefinition>> e : WorldBuilder.behaviours(definition).entrySet()) {
            Thing thing = world.find(e.getKey()).orElse(null);
            if (thing == null) {
                continue;
            }
            for (BehaviourDefinition b : e.getValue()) {
                Behaviour behaviour = implementations.find(b.name()).orElse(null);
                if (behaviour == null) {
                    log.debug("behaviour '{}' of {} has no implementation yet; not started", b.name(), thing.id());
                    continue;
                }
                try {
                    entries.add(new Entry(thing.id(), b.name(), behaviour.start(thing, b, context)));
                } catch (RuntimeException ex) {
                    log.error("behaviour '{}' of {} failed to start", b.name(), thing.id(), ex);
                }
            }
        }
        return new RunningBehaviours(entries);
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
