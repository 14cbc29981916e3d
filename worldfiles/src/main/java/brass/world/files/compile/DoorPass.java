package brass.world.files.compile;

import brass.world.files.definition.DoorDefinition;
import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.model.Direction;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Doors, in the three ways a world declares them: on an exit ({@code door: {id: trap, ...}} or
 * {@code door: trap}), as an entry under {@code doors:}, and an entry's {@code sides:}, which adds
 * the exits the door stands in (or puts the door on exits already written). Reports doors with no
 * id or an invalid or taken one, and sides that are not two rooms each with an exit; then {@link
 * DoorDefinitions} joins each door to its two sides. Doors touch several rooms' exits, so this
 * pass runs on one thread, in file order.
 */
final class DoorPass {

    /**
     * Every room's exits with doors on them and doors' sides added, by {@link Entry#room()}; the
     * door definitions; the keys doors name; and the index, which now also remembers invalid door ids.
     */
    record Doors(List<List<ExitDraft>> roomExits, Map<String, DoorDefinition> definitions, KeyUses keys,
                 Index index) {
    }

    /**
     * One door's declarations (an entry's fields first), where it was first declared, and whether
     * its sides are broken (reported already).
     */
    record DeclaredDoor(String id, SourcePosition position, List<Map<String, Field>> declarations, boolean broken) {
    }

    private final Index index;
    private final EntryFields fields;
    private final List<ExitPass.RoomExits> exits;
    private final Context context;
    private final List<List<ExitDraft>> roomExits;
    /** Rooms whose exits this pass has copied to change them: the exit pass's lists stay as they were. */
    private final BitSet copied = new BitSet();
    private final Map<String, Declaring> declared = new LinkedHashMap<>();
    private final Set<String> rejected = new HashSet<>();

    DoorPass(Index index, EntryFields fields, List<ExitPass.RoomExits> exits, Context context) {
        this.index = index;
        this.fields = fields;
        this.exits = exits;
        this.context = context;
        this.roomExits = new ArrayList<>(exits.size());
        for (ExitPass.RoomExits room : exits) {
            roomExits.add(room.exits());
        }
    }

    Doors run() {
        for (int room = 0; room < exits.size(); room++) {
            List<ExitDraft> withDoors = exits.get(room).withDoors();
            for (int i = 0; i < withDoors.size(); i++) {
                ExitDraft exit = withDoors.get(i);
                replace(room, exit, readExitDoor(exit, exit.doorField()));
            }
        }
        Index withDoorIds = index.withRejected(rejected);
        References references = new References(withDoorIds, context.suggestions(), context.problems());
        for (Entry entry : index.entries()) {
            if (entry.kind() == Kind.DOOR) {
                readDoorEntry(entry, references);
            }
        }
        List<DeclaredDoor> doors = declared.values().stream().map(Declaring::done).toList();
        Map<String, List<ExitDraft>> sides = attach(withDoorIds);
        DoorDefinitions definitions = new DoorDefinitions(references, context);
        Map<String, DoorDefinition> defined = definitions.define(doors, sides);
        return new Doors(Collections.unmodifiableList(roomExits), Collections.unmodifiableMap(defined),
                definitions.keys(), withDoorIds);
    }

    /**
     * Each door's sides: the exits it is on, in room order. An exit naming a door nobody declares
     * is reported and loses it.
     */
    private Map<String, List<ExitDraft>> attach(Index withDoorIds) {
        Map<String, List<ExitDraft>> sides = new HashMap<>();
        for (int room = 0; room < roomExits.size(); room++) {
            List<ExitDraft> roomsExits = roomExits.get(room);
            for (int i = 0; i < roomsExits.size(); i++) {
                ExitDraft exit = roomsExits.get(i);
                if (exit.door() == null) {
                    continue;
                }
                if (declared.containsKey(exit.door())) {
                    sides.computeIfAbsent(exit.door(), id -> new ArrayList<>(2)).add(exit);
                    continue;
                }
                if (!withDoorIds.isRejected(exit.door())) {
                    Entry clash = withDoorIds.get(exit.door());
                    context.problems().error(exit.doorPosition(), "exit '" + exit.name() + "' of room '" + exit.from()
                            + "' has door '" + exit.door() + "', which " + (clash == null ? "does not exist"
                            : "is a " + clash.kind().word + ", not a door"), clash == null
                            ? Suggestions.didYouMean(exit.door(), declared.keySet()).or(() -> Optional.of(
                            "declare it under doors:, or write door: {id: " + exit.door() + ", ...}"))
                            : Optional.empty());
                }
                replace(room, exit, exit.withDoor(null, exit.doorPosition()));
            }
        }
        return sides;
    }

    /** The exit with the door its {@code door:} field names, and that door's declaration if written there. */
    private ExitDraft readExitDoor(ExitDraft exit, Field door) {
        SourcePosition position = door.position();
        Problems problems = context.problems();
        if (!(door.value() instanceof YMapping)) {
            return exit.withDoor(context.values().reference(door).orElse(null), position);
        }
        String what = "the door on exit '" + exit.name() + "' of room '" + exit.from() + "'";
        Map<String, Field> doorFields = context.fieldMaps().read(door.value(), door.owner(), door.file(), what);
        context.fieldMaps().unknown(doorFields, KnownFields.INLINE_DOOR, what);
        Field id = doorFields.get("id");
        if (id == null || Nodes.isNull(id.value())) {
            problems.error(position, what + " has no id", "add id: so both sides can name it");
            return exit.withDoor(null, position);
        }
        String doorId = context.values().text(id);
        if (!Ids.isId(doorId)) {
            problems.error(id.position(), Ids.invalid(doorId), "write '" + Ids.fixedDoorId(doorId) + "'");
            rejected.add(doorId);
            return exit.withDoor(null, position);
        }
        Entry clash = index.get(doorId);
        if (clash != null && clash.kind() != Kind.DOOR) {
            problems.error(id.position(), "duplicate id '" + doorId + "': this door and the " + clash.kind().word
                    + " at " + clash.position() + " share it", "ids must be unique across all files of a world");
            return exit.withDoor(null, position);
        }
        declaring(doorId, id.position()).declarations.add(doorFields);
        return exit.withDoor(doorId, position);
    }

    private void readDoorEntry(Entry entry, References references) {
        Declaring door = declaring(entry.id(), entry.position());
        Map<String, Field> doorFields = fields.of(entry);
        door.declarations.add(0, doorFields);
        Field sides = doorFields.get("sides");
        if (sides == null) {
            return;
        }
        Map<String, Field> bySide = context.fieldMaps().read(sides.value(), sides.owner(), sides.file(), sides.what());
        if (bySide.size() != 2) {
            door.broken = true;
            context.problems().error(sides.position(), sides.what() + " must name exactly two rooms, each with the"
                    + " exit the door stands in, found " + bySide.size(), "write sides: {hall: north, study: south}");
            return;
        }
        List<Field> pair = new ArrayList<>(bySide.values());
        boolean roomsKnown = true;
        for (Field side : pair) {
            roomsKnown &= references.room(side.name(), side.keyPosition(), entry.what() + " has a side in");
        }
        for (Field side : pair) {
            if (roomsKnown && context.values().text(side).isEmpty()) {
                context.problems().error(side.position(), "side '" + side.name() + "' of " + entry.what()
                        + " names no exit", "write the direction the door is in, as seen from " + side.name());
                roomsKnown = false;
            }
        }
        if (!roomsKnown) {
            door.broken = true;
            return;
        }
        for (int i = 0; i < 2; i++) {
            putOnSide(entry, pair.get(i), pair.get(1 - i));
        }
    }

    /** Puts the door on the exit {@code side} names, adding the exit when the room has none by that name. */
    private void putOnSide(Entry door, Field side, Field other) {
        int room = index.get(side.name()).room();
        String written = context.values().text(side);
        Optional<Direction> direction = Direction.parse(written);
        String exitName = direction.map(Direction::word).orElse(written.toLowerCase(Locale.ROOT));
        for (ExitDraft existing : roomExits.get(room)) {
            if (!existing.name().equals(exitName)) {
                continue;
            }
            if (!existing.to().equals(other.name()) || existing.door() != null && !existing.door().equals(door.id())) {
                context.problems().error(side.position(), "exit '" + exitName + "' of room '" + side.name()
                        + "' is declared twice: by " + door.what() + " and at " + existing.position());
            } else {
                // Written with no door of its own, a problem with this side points at the door's sides.
                replace(room, existing, existing.withDoor(door.id(),
                        existing.doorPosition() == null ? side.position() : existing.doorPosition()));
            }
            return;
        }
        editable(room).add(new ExitDraft(side.name(), exitName, direction, other.name(), other.key(), other.file(),
                false, "", List.of(), null, side.position(), null, door.id(), side.position()));
    }

    private Declaring declaring(String id, SourcePosition position) {
        return declared.computeIfAbsent(id, key -> new Declaring(key, position));
    }

    /** Replaces {@code exit} (the very draft) in a room's exits; a dropped exit is in none, and nothing changes. */
    private void replace(int room, ExitDraft exit, ExitDraft with) {
        List<ExitDraft> exits = roomExits.get(room);
        for (int i = 0; i < exits.size(); i++) {
            if (exits.get(i) == exit) {
                editable(room).set(i, with);
                return;
            }
        }
    }

    /** The room's exits, copied the first time this pass changes them. */
    private List<ExitDraft> editable(int room) {
        if (!copied.get(room)) {
            copied.set(room);
            roomExits.set(room, new ArrayList<>(roomExits.get(room)));
        }
        return roomExits.get(room);
    }

    /** A door while its declarations are gathered. */
    private static final class Declaring {
        final String id;
        final SourcePosition position;
        final List<Map<String, Field>> declarations = new ArrayList<>();
        boolean broken;

        Declaring(String id, SourcePosition position) {
            this.id = id;
            this.position = position;
        }

        DeclaredDoor done() {
            return new DeclaredDoor(id, position, List.copyOf(declarations), broken);
        }
    }
}
