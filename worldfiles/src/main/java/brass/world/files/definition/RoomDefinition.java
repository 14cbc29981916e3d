package brass.world.files.definition;

import brass.world.files.diagnostic.SourcePosition;
import brass.world.model.Flag;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A room: a place players stand in.
 *
 * @param area  the area it belongs to: the file's {@code area:} name, or the file's path without
 *              {@code .yaml} (for "where" listings and builders' tools)
 * @param flags its flags ({@link Flag#DARK}: players see nothing here without a lit light source)
 * @param exits the room's exits in file order, doors' generated sides included
 */
public record RoomDefinition(String id, String name, String area, String environment, String description, Set<Flag> flags,
                             List<ExitDefinition> exits, List<BehaviourDefinition> behaviours,
                             Optional<String> like, SourcePosition position) {

    public RoomDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(like, "like");
        Objects.requireNonNull(position, "position");
        flags = Flags.copy(flags);
        exits = List.copyOf(exits);
        behaviours = List.copyOf(behaviours);
    }

    public boolean is(Flag flag) {
        return flags.contains(flag);
    }

    /** The exit players reach by typing {@code name} (a direction word or exit name). */
    public Optional<ExitDefinition> exit(String name) {
        return exits.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
