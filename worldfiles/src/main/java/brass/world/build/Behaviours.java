package brass.world.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The behaviour implementations a game runs, by the name world files use. Immutable like the
 * checker's {@link brass.world.files.behaviour.BehaviourRegistry}: later code plugs its
 * implementations in with {@code Behaviours.standard().with("cockroach", new Cockroach())}.
 *
 * <p>The checker's registry says which names and parameters are <em>valid</em>; this one says
 * which have <em>code</em>. A valid name without code yet is simply not started (one debug log
 * line), so world files can name behaviours before they are written.
 */
public final class Behaviours {

    private static final Behaviours NONE = new Behaviours(Map.of());

    private final Map<String, Behaviour> implementations;

    private Behaviours(Map<String, Behaviour> implementations) {
        this.implementations = implementations;
    }

    /** No implementations at all. */
    public static Behaviours none() {
        return NONE;
    }

    /**
     * The implementations that ship with Brass: {@code cockroach} and {@code snake-terrarium}.
     * Each call makes new instances; a server that lets players watch a terrarium keeps its own
     * {@link brass.world.behaviour.SnakeTerrarium} and registers it over this one with
     * {@link #with}, so that the watch verb and the behaviour share their tanks.
     */
    public static Behaviours standard() {
        return NONE.with("cockroach", new brass.world.behaviour.Cockroach())
                .with("snake-terrarium", new brass.world.behaviour.SnakeTerrarium());
    }

    /** These implementations plus {@code behaviour} under {@code name}, replacing any of that name. */
    public Behaviours with(String name, Behaviour behaviour) {
        Map<String, Behaviour> copy = new LinkedHashMap<>(implementations);
        copy.put(name, behaviour);
        return new Behaviours(Collections.unmodifiableMap(copy));
    }

    public Optional<Behaviour> find(String name) {
        return Optional.ofNullable(implementations.get(name));
    }

    public Set<String> names() {
        return implementations.keySet();
    }
}
