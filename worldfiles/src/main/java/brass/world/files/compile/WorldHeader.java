package brass.world.files.compile;

import brass.world.files.definition.WorldDefinition;
import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YNode;
import brass.world.files.source.YamlTree.YScalar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * world.yaml's own fields: the world's name, description, start room and settings.
 *
 * @param start     the start room as written; null when not given (checked by {@link StartRoomCheck})
 * @param startNode where it is written; null when not given
 * @param position  where world.yaml is
 */
record WorldHeader(String name, String description, String start, YNode startNode, Map<String, String> settings,
                   SourcePosition position) {

    /** Reads the header from world.yaml's fields; with none (no readable world.yaml), an empty one. */
    static WorldHeader read(Map<String, Field> top, SourcePosition position, FieldMaps fieldMaps, Values values,
                            Problems problems) {
        if (top == null) {
            return new WorldHeader("", "", null, null, Map.of(), position);
        }
        Field name = top.get("name");
        if (name == null) {
            problems.error(position, "world.yaml has no name", "add name: followed by the world's name");
        }
        String worldName = name == null ? "" : values.prose(name);
        String description = values.prose(top, "description");
        Field start = top.get("start");
        if (start == null) {
            problems.error(position, "world.yaml has no start room", "add start: followed by a room id");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        Field settingsField = top.get("settings");
        if (settingsField != null) {
            for (Field setting : fieldMaps.read(settingsField.value(), null, settingsField.file(), "'settings'")
                    .values()) {
                if (setting.name().equals(WorldDefinition.MOTD) && setting.value() instanceof YScalar) {
                    // Players read it: its markup is checked and its paragraphs reflowed like a description's.
                    settings.put(setting.name(), values.prose(setting));
                } else if (setting.value() instanceof YScalar scalar) {
                    settings.put(setting.name(), Nodes.isNull(scalar) ? "" : scalar.getValue());
                } else {
                    problems.error(setting.position(), "setting '" + setting.name()
                            + "' must be a single value, found " + Nodes.describe(setting.value()));
                }
            }
        }
        return new WorldHeader(worldName, description, start == null ? null : values.text(start),
                start == null ? null : start.value(), Collections.unmodifiableMap(settings), position);
    }
}
