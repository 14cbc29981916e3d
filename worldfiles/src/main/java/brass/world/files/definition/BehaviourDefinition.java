package brass.world.files.definition;

import brass.world.files.diagnostic.SourcePosition;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A behaviour attached to something, with every parameter present: the ones the builder wrote,
 * parsed and range-checked, and the rest filled from the behaviour's defaults. Values are
 * {@link Duration}, {@link Long}, {@link Double}, {@link Boolean} or {@link String}.
 */
public record BehaviourDefinition(String name, Map<String, Object> parameters, SourcePosition position) {

    public BehaviourDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public Duration duration(String parameter) {
        return (Duration) require(parameter);
    }

    public long integer(String parameter) {
        return (Long) require(parameter);
    }

    public double decimal(String parameter) {
        return (Double) require(parameter);
    }

    public boolean bool(String parameter) {
        return (Boolean) require(parameter);
    }

    public String text(String parameter) {
        return (String) require(parameter);
    }

    private Object require(String parameter) {
        Object value = parameters.get(parameter);
        if (value == null) {
            throw new IllegalArgumentException("behaviour '" + name + "' has no parameter '" + parameter + "'");
        }
        return value;
    }
}
