package brass.world.files.definition;

import brass.world.files.diagnostic.SourcePosition;
import brass.world.model.Direction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A way out of a room. Exits are one-directional values: a passage you can walk both ways is two
 * exits, one in each room (the checker warns when the way back is missing unless the exit is
 * marked one-way).
 *
 * @param from        the room the exit leaves
 * @param name        what players type: a direction word ({@code north}) or a name ({@code ladder})
 * @param direction   the standard direction, empty for a named exit
 * @param to          the room it leads to
 * @param door        the door on it, if any
 * @param oneWay      the builder said there is deliberately no way back
 * @param description what a player sees looking this way; empty when not given
 * @param synonyms    other words for the exit ("rungs" for a ladder), used like its name
 */
public record ExitDefinition(String from, String name, Optional<Direction> direction, String to,
                             Optional<String> door, boolean oneWay, String description,
                             List<String> synonyms, SourcePosition position) {

    public ExitDefinition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(position, "position");
        synonyms = List.copyOf(synonyms);
    }
}
