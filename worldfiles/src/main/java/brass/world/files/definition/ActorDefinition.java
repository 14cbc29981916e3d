package brass.world.files.definition;

import brass.world.files.diagnostic.SourcePosition;
import brass.world.model.Flag;
import brass.world.model.Gender;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A non-player character (a butler, a cat). What it carries is given by things that say
 * {@code carried-by: this-actor}.
 *
 * @param flags whether its name is proper ({@link Flag#PROPER_NAME}: "Pembrook", not "the Pembrook")
 * @param room  the room it starts in
 */
public record ActorDefinition(String id, String name, List<String> adjectives, List<String> synonyms,
                              String description, Gender gender, Set<Flag> flags, String room,
                              List<BehaviourDefinition> behaviours, Optional<String> like,
                              SourcePosition position) {

    public ActorDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(like, "like");
        Objects.requireNonNull(position, "position");
        flags = Flags.copy(flags);
        adjectives = List.copyOf(adjectives);
        synonyms = List.copyOf(synonyms);
        behaviours = List.copyOf(behaviours);
    }

    public boolean is(Flag flag) {
        return flags.contains(flag);
    }
}
