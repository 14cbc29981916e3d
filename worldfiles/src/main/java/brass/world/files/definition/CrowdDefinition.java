package brass.world.files.definition;

import brass.world.model.Crowds;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many others a room names one by one before it counts them: world.yaml's {@code crowd:}
 * ({@link Crowds#DEFAULT} when it writes none) and the rooms that write their own.
 *
 * @param world the world's number
 * @param rooms the rooms' own numbers, by room id, in file order
 */
public record CrowdDefinition(int world, Map<String, Integer> rooms) {

    /** A world whose files write no {@code crowd:}. */
    public static final CrowdDefinition NONE = new CrowdDefinition(Crowds.DEFAULT, Map.of());

    public CrowdDefinition {
        rooms = Collections.unmodifiableMap(new LinkedHashMap<>(rooms));
    }
}
