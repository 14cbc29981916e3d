package brass.world.files.definition;

import brass.world.files.diagnostic.SourcePosition;
import brass.world.model.Flag;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A door: one object seen from two rooms. {@code first} and {@code second} are the two exits it
 * stands in; the checker guarantees each leads to the other's room, so opening it from either
 * side opens both.
 *
 * @param key the id of the thing that locks and unlocks it, if it has a lock
 */
public record DoorDefinition(String id, String name, List<String> adjectives, List<String> synonyms,
                             String description, DoorState state, Optional<String> key,
                             DoorSide first, DoorSide second, List<BehaviourDefinition> behaviours,
                             SourcePosition position) {

    public DoorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(position, "position");
        adjectives = List.copyOf(adjectives);
        synonyms = List.copyOf(synonyms);
        behaviours = List.copyOf(behaviours);
    }

    /**
     * The flags its state and key say, as a thing's are written: openable (every door is), a lock
     * when it has a key or starts locked, and open or locked as it starts.
     */
    public Set<Flag> flags() {
        Set<Flag> flags = EnumSet.of(Flag.OPENABLE);
        if (key.isPresent() || state == DoorState.LOCKED) {
            flags.add(Flag.LOCKABLE);
        }
        if (state == DoorState.OPEN) {
            flags.add(Flag.OPEN);
        } else if (state == DoorState.LOCKED) {
            flags.add(Flag.LOCKED);
        }
        return flags;
    }
}
