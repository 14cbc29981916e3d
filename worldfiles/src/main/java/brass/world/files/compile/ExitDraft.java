package brass.world.files.compile;

import brass.world.files.definition.ExitDefinition;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.source.YamlTree.YNode;
import brass.world.model.Direction;
import java.util.List;
import java.util.Optional;

/**
 * An exit as read, before doors are attached and definitions made.
 *
 * @param name          what players type: the direction's word, or the written name in lower case
 * @param to            the room it leads to, as written; null for an exit dropped as broken
 * @param toNode        where {@code to} is written (a position is made of it only to report a problem)
 * @param synonymsField where its synonyms are written, to point a warning at one of them; null when none are
 * @param doorField     its {@code door:} field, read by the {@link DoorPass}; null when it names no door
 * @param door          the door on it, once doors are read; null for none
 * @param doorPosition  where that door is named, to point a door's problem at this side
 */
record ExitDraft(String from, String name, Optional<Direction> direction, String to, YNode toNode, String toFile,
                 boolean oneWay, String description, List<String> synonyms, Field synonymsField,
                 SourcePosition position, Field doorField, String door, SourcePosition doorPosition) {

    /** The same exit with {@code door} on it, named at {@code doorPosition}. */
    ExitDraft withDoor(String door, SourcePosition doorPosition) {
        return new ExitDraft(from, name, direction, to, toNode, toFile, oneWay, description, synonyms, synonymsField,
                position, doorField, door, doorPosition);
    }

    ExitDefinition definition() {
        return new ExitDefinition(from, name, direction, to, Optional.ofNullable(door), oneWay, description, synonyms,
                position);
    }
}
