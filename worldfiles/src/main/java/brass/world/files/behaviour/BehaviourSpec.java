package brass.world.files.behaviour;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a behaviour is called, what it may be attached to and which parameters it takes: all the
 * checker knows of it. It is registered together with the behaviour's code, as a
 * {@code brass.world.behaviour.Behaviour}, never on its own.
 *
 * @param name        the name used in world files, e.g. {@code cockroach}
 * @param description one line for documentation and help
 * @param hosts       what it may be attached to; at least one
 * @param parameters  the parameters, in the order documentation lists them
 * @param constraints checks that involve several parameters at once (e.g. "snakes must not
 *                    exceed max-snakes"); each runs on the complete, defaulted values
 */
public record BehaviourSpec(String name, String description, Set<Host> hosts, List<ParameterSpec> parameters,
                            List<Constraint> constraints) {

    /** A rule across parameters: empty when the values are fine, else what is wrong. */
    @FunctionalInterface
    public interface Constraint {
        Optional<String> check(Map<String, Object> values);
    }

    public BehaviourSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("behaviour '" + name + "' may be attached to nothing");
        }
        hosts = Collections.unmodifiableSet(EnumSet.copyOf(hosts));
        parameters = List.copyOf(parameters);
        constraints = List.copyOf(constraints);
        long distinct = parameters.stream().map(ParameterSpec::name).distinct().count();
        if (distinct != parameters.size()) {
            throw new IllegalArgumentException("behaviour '" + name + "' names a parameter twice");
        }
    }

    public BehaviourSpec(String name, String description, Set<Host> hosts, List<ParameterSpec> parameters) {
        this(name, description, hosts, parameters, List.of());
    }

    public Optional<ParameterSpec> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** Whether it may be attached to something that is each of {@code what} (a thing that opens is two). */
    public boolean runsOn(Set<Host> what) {
        return what.stream().anyMatch(hosts::contains);
    }
}
