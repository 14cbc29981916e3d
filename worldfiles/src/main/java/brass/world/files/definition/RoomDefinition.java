package brass.world.files.definition;

import brass.world.files.diagnostic.SourcePosition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A room: a place players stand in.
 *
 * @param area  the area it belongs to: the file's {@code area:} name, or the file's path without
 *              {@code .yaml} (for "where" listings and builders' tools)
 * @param dark  players see nothing here without a lit light source
 * @param exits the room's exits in file order, doors' generated sides included
 */
public record RoomDefinition(String id, String name, String area, String description, boolean dark,
                             List<ExitDefinition> exits, List<BehaviourDefinition> behaviours,
                             Optional<String> like, SourcePosition position) {

    public RoomDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(like, "like");
        Objects.requireNonNull(position, "position");
        exits = List.copyOf(exits);
        behaviours = List.copyOf(behaviours);
    }

    /** The exit players reach by typing {@code name} (a direction word or exit name). */
    public Optional<ExitDefinition> exit(String name) {
        return exits.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
