package brass.world.files.behaviour;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a behaviour: its name as written in world files, its type, an optional default
 * (a parameter without one must be given), an optional inclusive range, and a line of help.
 */
public record ParameterSpec(String name, ParameterType type, Optional<Object> defaultValue,
                            Optional<Object> min, Optional<Object> max, String description) {

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(description, "description");
    }

    public static ParameterSpec duration(String name, Duration defaultValue, Duration min, String description) {
        return new ParameterSpec(name, ParameterType.DURATION, Optional.ofNullable(defaultValue),
                Optional.ofNullable(min), Optional.empty(), description);
    }

    public static ParameterSpec integer(String name, Long defaultValue, long min, long max, String description) {
        return new ParameterSpec(name, ParameterType.INTEGER, Optional.ofNullable(defaultValue),
                Optional.of(min), Optional.of(max), description);
    }

    public static ParameterSpec decimal(String name, Double defaultValue, double min, double max, String description) {
        return new ParameterSpec(name, ParameterType.DECIMAL, Optional.ofNullable(defaultValue),
                Optional.of(min), Optional.of(max), description);
    }

    public static ParameterSpec bool(String name, Boolean defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, Optional.ofNullable(defaultValue),
                Optional.empty(), Optional.empty(), description);
    }

    public static ParameterSpec text(String name, String defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.TEXT, Optional.ofNullable(defaultValue),
                Optional.empty(), Optional.empty(), description);
    }

    /**
     * Parses and range-checks a value written in a world file.
     *
     * @throws IllegalArgumentException with a builder-facing message when it is wrong
     */
    public Object parse(String text) {
        Object value = type.parse(text);
        if (min.isPresent() && max.isPresent()
                && (type.compare(value, min.get()) < 0 || type.compare(value, max.get()) > 0)) {
            throw new IllegalArgumentException("must be between " + type.format(min.get()) + " and "
                    + type.format(max.get()) + ", found " + text.trim());
        }
        if (min.isPresent() && type.compare(value, min.get()) < 0) {
            throw new IllegalArgumentException("must be at least " + type.format(min.get()) + ", found " + text.trim());
        }
        if (max.isPresent() && type.compare(value, max.get()) > 0) {
            throw new IllegalArgumentException("must be at most " + type.format(max.get()) + ", found " + text.trim());
        }
        return value;
    }
}
