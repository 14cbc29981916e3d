package brass.world.behaviour;

import brass.world.files.behaviour.BehaviourSpec;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The behaviours world files may name, each registered once with its spec and its code. The
 * checker ({@code new WorldChecker(registry)}) reads the specs; the running world
 * ({@link RunningBehaviours}, the reloader, transcripts) starts the code of the same
 * registrations. Immutable: {@link #with} returns a new registry, so one handed to the checker
 * cannot change under it; code that adds a behaviour writes
 * {@code StandardBehaviours.registry().with(new Behaviour(spec, code))}.
 */
public final class BehaviourRegistry {

    private final Map<String, Behaviour> behaviours;

    private BehaviourRegistry(Map<String, Behaviour> behaviours) {
        this.behaviours = Collections.unmodifiableMap(behaviours);
    }

    /** A registry of {@code behaviours}, in this order; a later one replaces an earlier one of the same name. */
    public static BehaviourRegistry of(Behaviour... behaviours) {
        BehaviourRegistry registry = new BehaviourRegistry(new LinkedHashMap<>());
        for (Behaviour b : behaviours) {
            registry = registry.with(b);
        }
        return registry;
    }

    /** A registry with {@code behaviour} added, replacing any behaviour of the same name. */
    public BehaviourRegistry with(Behaviour behaviour) {
        Map<String, Behaviour> copy = new LinkedHashMap<>(behaviours);
        copy.put(behaviour.name(), behaviour);
        return new BehaviourRegistry(copy);
    }

    /**
     * A registry where the behaviour called {@code name} keeps its spec and runs {@code code}
     * instead: how a server shares one {@code SnakeTerrarium} with its {@code watch} verb, and
     * how tests count starts and stops.
     *
     * @throws IllegalArgumentException if no behaviour has that name
     */
    public BehaviourRegistry withCode(String name, Behaviour.Code code) {
        Behaviour registered = find(name).orElseThrow(() -> new IllegalArgumentException(
                "no behaviour called '" + name + "' is registered"));
        return with(new Behaviour(registered.spec(), code));
    }

    public Optional<Behaviour> find(String name) {
        return Optional.ofNullable(behaviours.get(name));
    }

    /** The spec of the behaviour called {@code name}: what the checker reads. */
    public Optional<BehaviourSpec> spec(String name) {
        return find(name).map(Behaviour::spec);
    }

    /** Every name, in registration order. */
    public Set<String> names() {
        return behaviours.keySet();
    }

    /** Every behaviour, in registration order. */
    public Collection<Behaviour> all() {
        return behaviours.values();
    }
}
