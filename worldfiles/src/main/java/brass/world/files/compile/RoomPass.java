package brass.world.files.compile;

import brass.world.files.behaviour.Host;
import brass.world.files.definition.ExitDefinition;
import brass.world.files.definition.RoomDefinition;
import brass.world.files.source.Nodes;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes each room its definition: name, description, darkness, behaviours, and the exits whose
 * targets are rooms (an exit to anything else is reported and left out). Each room on its own, so
 * rooms are read on every core.
 */
final class RoomPass {

    /**
     * A room read: its definition; its exits as written, broken ones included, with the room
     * number each leads to ({@code -1} when its target is not a room); and, for each exit of the
     * definition, the room number it leads to.
     */
    record RoomDraft(RoomDefinition definition, List<ExitDraft> exits, int[] writtenTargets, int[] exitTargets) {
    }

    private final Index index;
    private final EntryFields fields;
    private final List<List<ExitDraft>> roomExits;
    private final Context context;
    private final References references;
    private final ExitSynonymCheck synonyms;
    private final DoorWordCheck doorWords;

    RoomPass(Index index, EntryFields fields, List<List<ExitDraft>> roomExits, Context context) {
        this.index = index;
        this.fields = fields;
        this.roomExits = roomExits;
        this.context = context;
        this.references = new References(index, context.suggestions(), context.problems());
        this.synonyms = new ExitSynonymCheck(context.problems());
        this.doorWords = new DoorWordCheck(context.problems());
    }

    /** Every room read, by {@link Entry#room()}. */
    List<RoomDraft> run() {
        // "Did you mean" for exits to missing rooms is looked up here, in file order, so that when
        // the budget runs out it is the same misspellings that go without, run after run; the
        // parallel part below then finds every answer remembered.
        for (List<ExitDraft> exits : roomExits) {
            for (int i = 0; i < exits.size(); i++) {
                String to = exits.get(i).to();
                if (!index.contains(to) && !index.isRejected(to)) {
                    context.suggestions().nearest(to, Kind.ROOM);
                }
            }
        }
        return index.rooms().parallelStream().map(this::read).toList();
    }

    private RoomDraft read(Entry room) {
        List<ExitDraft> exits = roomExits.get(room.room());
        synonyms.check(room, exits);
        doorWords.check(room, exits);
        Map<String, Field> roomFields = fields.of(room);
        Values values = context.values();
        String description = values.prose(roomFields, "description");
        if (description.isEmpty()) {
            context.problems().warning(room.position(), room.what() + " has no description",
                    "add description: with what a player sees on arriving");
        }
        List<ExitDefinition> definitions = new ArrayList<>(exits.size());
        int[] exitTargets = new int[exits.size()];
        int[] writtenTargets = new int[exits.size()];
        for (int k = 0; k < exits.size(); k++) {
            ExitDraft exit = exits.get(k);
            Entry target = index.get(exit.to());
            boolean toRoom = target != null && target.kind() == Kind.ROOM;
            writtenTargets[k] = toRoom ? target.room() : -1;
            if (!toRoom) {
                references.room(exit.to(), Nodes.position(exit.toNode(), exit.toFile()),
                        "exit '" + exit.name() + "' of " + room.what() + " leads to");
                continue;
            }
            exitTargets[definitions.size()] = target.room();
            definitions.add(exit.definition());
        }
        Field like = fields.like(room);
        Field environment = roomFields.get("environment");
        RoomDefinition definition = new RoomDefinition(room.id(), values.nameOf(room, roomFields), room.area(),
                environment == null ? "" : values.text(environment), description, values.flags(roomFields, Thing.Kind.ROOM), definitions,
                context.behaviours().read(roomFields, Set.of(Host.ROOM), room.what()), Optional.ofNullable(like).map(values::text), room.position());
        return new RoomDraft(definition, exits, writtenTargets,
                definitions.size() == exits.size() ? exitTargets : Arrays.copyOf(exitTargets, definitions.size()));
    }
}
