package brass.world.transcript;

import java.util.List;
import java.util.Objects;

/**
 * A parsed transcript.
 *
 * @param name  how it is named in reports: its path relative to the world folder
 * @param seed  the seed of the random generator behaviours get ({@code seed N}; 0 if not given)
 * @param steps what it does, in order
 */
public record Transcript(String name, long seed, List<Step> steps) {

    public Transcript {
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(steps);
    }
}
