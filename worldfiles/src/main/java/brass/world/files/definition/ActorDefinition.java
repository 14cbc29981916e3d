package brass.world.files.definition;

import brass.world.files.diagnostic.SourcePosition;
import brass.world.model.Gender;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A non-player character (a butler, a cat). What it carries is given by things that say
 * {@code carried-by: this-actor}.
 *
 * @param room the room it starts in
 */
public record ActorDefinition(String id, String name, List<String> adjectives, List<String> synonyms,
                              String description, Gender gender, boolean properName, String room,
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
        adjectives = List.copyOf(adjectives);
        synonyms = List.copyOf(synonyms);
        behaviours = List.copyOf(behaviours);
    }
}
