package brass.world.files.definition;

import brass.world.files.diagnostic.SourcePosition;
import brass.world.model.Flag;
import brass.world.model.Gender;
import brass.world.model.Wearing;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An object in the world, prototypes already applied.
 *
 * @param flags     its capabilities and starting states, consistent (LOCKED implies LOCKABLE, which
 *                  implies OPENABLE; LIT implies LIGHT_SOURCE; OPEN only on an openable thing)
 * @param placement where it starts; empty for a thing that starts nowhere (kept for later use)
 * @param key       for a lockable thing, the id of the key that locks and unlocks it
 * @param like      the prototype or thing it was written {@code like}, for tools and reload
 * @param wornOn    for a wearable thing, the place of the body it is worn on ({@code worn-on}); empty for others
 */
public record ThingDefinition(String id, String name, List<String> adjectives, List<String> synonyms,
                              String description, Set<Flag> flags, Gender gender,
                              Optional<Placement> placement, Optional<String> key,
                              List<BehaviourDefinition> behaviours, Optional<String> like,
                              SourcePosition position, Optional<String> wornOn) {

    /** A thing that is not worn (a wearable one on the body, {@link Wearing#DEFAULT_PLACE}). */
    public ThingDefinition(String id, String name, List<String> adjectives, List<String> synonyms,
                           String description, Set<Flag> flags, Gender gender,
                           Optional<Placement> placement, Optional<String> key,
                           List<BehaviourDefinition> behaviours, Optional<String> like, SourcePosition position) {
        this(id, name, adjectives, synonyms, description, flags, gender, placement, key, behaviours, like, position,
                flags.contains(Flag.WEARABLE) ? Optional.of(Wearing.DEFAULT_PLACE) : Optional.empty());
    }

    public ThingDefinition {
        Objects.requireNonNull(wornOn, "wornOn");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(like, "like");
        Objects.requireNonNull(position, "position");
        adjectives = List.copyOf(adjectives);
        synonyms = List.copyOf(synonyms);
        flags = Flags.copy(flags);
        behaviours = List.copyOf(behaviours);
    }

    public boolean is(Flag flag) {
        return flags.contains(flag);
    }
}
