package brass.world.files.definition;

import brass.world.files.diagnostic.SourcePosition;
import java.time.Duration;
import java.util.Objects;

/**
 * An area's reset, written {@code reset: {every: 30m, mode: when-empty}} in one of its files:
 * at each interval what the files place in the area's rooms goes back there, and its doors and
 * containers take their written state again.
 *
 * @param area     the area's name, as its rooms' {@link RoomDefinition#area()}
 * @param every    the interval
 * @param mode     whether players in the area hold it off
 * @param position where {@code reset:} is written
 */
public record ResetDefinition(String area, Duration every, ResetMode mode, SourcePosition position) {

    /** The shortest interval a builder may write: resets are for minutes, not heartbeats. */
    public static final Duration SHORTEST = Duration.ofSeconds(10);

    public ResetDefinition {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(position, "position");
    }
}
