package brass.world.files.behaviour;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The behaviours world files may name. Immutable: {@link #with} returns a new registry, so a
 * registry handed to the checker cannot change under it, and plug-in code extends the standard
 * set with {@code BehaviourRegistry.standard().with(mySpec)}.
 */
public final class BehaviourRegistry {

    private final Map<String, BehaviourSpec> specs;

    private BehaviourRegistry(Map<String, BehaviourSpec> specs) {
        this.specs = Collections.unmodifiableMap(specs);
    }

    /** A registry that knows no behaviours. */
    public static BehaviourRegistry empty() {
        return new BehaviourRegistry(new LinkedHashMap<>());
    }

    /** The behaviours that ship with Brass: cockroach, snake-terrarium, wander, door-closes-after. */
    public static BehaviourRegistry standard() {
        return empty()
                .with(new BehaviourSpec("cockroach",
                        "A wind-up brass cockroach: leaps out of hands, scuttles between rooms.",
                        List.of(
                                ParameterSpec.duration("interval", Duration.ofSeconds(3), Duration.ofMillis(100),
                                        "how often it stirs"),
                                ParameterSpec.decimal("leap-chance", 0.5, 0, 1,
                                        "chance, each time it stirs while held, that it leaps out of the holder's hands"),
                                ParameterSpec.decimal("scuttle-chance", 0.3, 0, 1,
                                        "chance, each time it stirs while on the floor, that it scuttles through an exit"))))
                .with(new BehaviourSpec("snake-terrarium",
                        "A glass tank of animated ASCII snakes that players can watch.",
                        List.of(
                                ParameterSpec.integer("width", 40L, 10, 200, "columns of the tank"),
                                ParameterSpec.integer("height", 12L, 4, 60, "rows of the tank"),
                                ParameterSpec.integer("max-snakes", 8L, 1, 50, "most snakes the tank holds"),
                                ParameterSpec.integer("snakes", 3L, 0, 50, "snakes in the tank at start"),
                                ParameterSpec.decimal("frame-rate", 10.0, 1, 60, "frames drawn per second")),
                        List.of(values -> (Long) values.get("snakes") > (Long) values.get("max-snakes")
                                ? Optional.of("snakes (" + values.get("snakes") + ") must not exceed max-snakes ("
                                        + values.get("max-snakes") + ")")
                                : Optional.empty())))
                .with(new BehaviourSpec("wander",
                        "Moves an actor or thing through a random exit now and then.",
                        List.of(ParameterSpec.duration("interval", Duration.ofSeconds(30), Duration.ofSeconds(1),
                                "how often it moves"))))
                .with(new BehaviourSpec("door-closes-after",
                        "Closes a door (or an openable thing) again some time after it was opened.",
                        List.of(ParameterSpec.duration("delay", Duration.ofSeconds(10), Duration.ofMillis(100),
                                "how long it stays open"))));
    }

    /** A registry with {@code spec} added, replacing any behaviour of the same name. */
    public BehaviourRegistry with(BehaviourSpec spec) {
        Map<String, BehaviourSpec> copy = new LinkedHashMap<>(specs);
        copy.put(spec.name(), spec);
        return new BehaviourRegistry(copy);
    }

    public Optional<BehaviourSpec> find(String name) {
        return Optional.ofNullable(specs.get(name));
    }

    public Set<String> names() {
        return specs.keySet();
    }
}
