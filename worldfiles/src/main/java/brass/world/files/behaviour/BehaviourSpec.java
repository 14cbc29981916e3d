package brass.world.files.behaviour;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a behaviour is called and which parameters it takes.
 *
 * @param name        the name used in world files, e.g. {@code cockroach}
 * @param description one line for documentation and help
 * @param parameters  the parameters, in the order documentation lists them
 * @param constraints checks that involve several parameters at once (e.g. "snakes must not
 *                    exceed max-snakes"); each runs on the complete, defaulted values
 */
public record BehaviourSpec(String name, String description, List<ParameterSpec> parameters,
                            List<Constraint> constraints) {

    /** A rule across parameters: empty when the values are fine, else what is wrong. */
    @FunctionalInterface
    public interface Constraint {
        Optional<String> check(Map<String, Object> values);
    }

    public BehaviourSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        constraints = List.copyOf(constraints);
        long distinct = parameters.stream().map(ParameterSpec::name).distinct().count();
        if (distinct != parameters.size()) {
            throw new IllegalArgumentException("behaviour '" + name + "' names a parameter twice");
        }
    }

    public BehaviourSpec(String name, String description, List<ParameterSpec> parameters) {
        this(name, description, parameters, List.of());
    }

    public Optional<ParameterSpec> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }
}
