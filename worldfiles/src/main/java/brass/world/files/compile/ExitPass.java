package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.files.source.YamlTree.YNode;
import brass.world.files.source.YamlTree.YScalar;
import brass.world.model.Direction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads each room's {@code exits:}: a direction or a name, and a room id or a map with {@code to:}
 * and the exit's own fields. Reports exits written twice, leading nowhere, or written as something
 * else; warns about a name that looks like a misspelt direction. Doors named on exits are left to
 * the {@link DoorPass}, and targets to the {@link RoomPass}. Each room on its own, so rooms are read
 * on every core.
 */
final class ExitPass {

    private static final List<String> DIRECTION_WORDS = Arrays.stream(Direction.values()).map(Direction::word)
            .toList();

    /**
     * One room's exits as written, in order, and those whose {@code door:} field the door pass
     * reads: in the order written, the ones dropped as broken included (a door declared on one
     * is still declared). Nothing changes these lists after this pass (the door pass edits a copy);
     * they are not wrapped, because a large world has a hundred thousand of them.
     */
    record RoomExits(List<ExitDraft> exits, List<ExitDraft> withDoors) {
    }

    private final Index index;
    private final EntryFields fields;
    private final FieldMaps fieldMaps;
    private final Values values;
    private final Problems problems;

    ExitPass(Index index, EntryFields fields, Context context) {
        this.index = index;
        this.fields = fields;
        this.fieldMaps = context.fieldMaps();
        this.values = context.values();
        this.problems = context.problems();
    }

    /** Every room's exits, by {@link Entry#room()}. */
    List<RoomExits> run() {
        return index.rooms().parallelStream().map(this::read).toList();
    }

    private RoomExits read(Entry room) {
        Field exitsField = fields.of(room).get("exits");
        if (exitsField == null || Nodes.isNull(exitsField.value())) {
            return new RoomExits(List.of(), List.of());
        }
        List<ExitDraft> exits = new ArrayList<>();
        List<ExitDraft> withDoors = List.of();
        Map<String, ExitDraft> byName = new HashMap<>();
        for (Field exit : fieldMaps.read(exitsField.value(), exitsField.owner(), exitsField.file(),
                () -> "'exits' of " + room.what()).values()) {
            SourcePosition position = exit.keyPosition();
            String written = exit.name().strip();
            Optional<Direction> direction = Direction.parse(written);
            String name = direction.map(Direction::word).orElse(written.toLowerCase(Locale.ROOT));
            if (direction.isEmpty()) {
                Suggestions.nearest(written, DIRECTION_WORDS).ifPresent(near -> problems.warning(position,
                        "exit '" + written + "' of " + room.what() + " is not a direction, so it is a named exit",
                        "did you mean '" + near + "'?"));
            }
            ExitDraft same = byName.get(name);
            if (same != null) {
                problems.error(position, room.what() + " has two exits '" + name + "' (the other at "
                        + same.position() + ")");
                continue;
            }
            YNode value = exit.value();
            Field to = null;
            boolean oneWay = false;
            String description = "";
            List<String> synonyms = List.of();
            Field synonymsField = null;
            Field doorField = null;
            if (value instanceof YMapping) {
                String what = "exit '" + name + "' of " + room.what();
                Map<String, Field> exitFields = fieldMaps.read(value, exit.owner(), exit.file(), what);
                fieldMaps.unknown(exitFields, KnownFields.EXIT, what);
                to = exitFields.get("to");
                Field oneWayField = exitFields.get("one-way");
                oneWay = oneWayField != null && values.bool(oneWayField);
                description = values.prose(exitFields, "description");
                synonymsField = exitFields.get("synonyms");
                synonyms = synonymsField == null ? List.of() : values.words(synonymsField);
                doorField = exitFields.get("door");
            } else if (value instanceof YScalar && !Nodes.isNull(value)) {
                to = exit;
            } else if (!Nodes.isNull(value)) {
                problems.error(exit.position(), "exit '" + name + "' of " + room.what()
                        + " must be a room id or a map with 'to:', found " + Nodes.describe(value));
                continue;
            }
            boolean leads = to != null && !Nodes.isNull(to.value());
            String target = leads ? values.text(to) : null;
            ExitDraft draft = new ExitDraft(room.id(), name, direction, target, leads ? to.value() : null,
                    leads ? to.file() : null, oneWay, description, synonyms, synonymsField, position, doorField, null,
                    null);
            if (doorField != null) {
                if (withDoors.isEmpty()) {
                    withDoors = new ArrayList<>(2);
                }
                withDoors.add(draft);
            }
            if (!leads) {
                problems.error(position, "exit '" + name + "' of " + room.what() + " leads nowhere",
                        "give the id of the room it leads to");
                continue;
            }
            if (target.isEmpty()) {
                continue;
            }
            byName.put(name, draft);
            exits.add(draft);
        }
        return new RoomExits(exits, withDoors);
    }
}
