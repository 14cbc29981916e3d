package brass.world.files.compile;

import brass.world.files.definition.ExitDefinition;
import brass.world.files.definition.RoomDefinition;
import brass.world.files.diagnostic.Problems;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The map as a whole: warns about passages with no way back and rooms nobody can reach from the
 * start. Rooms are numbered ({@link Entry#room()}), so the map is arrays of room numbers, not sets
 * of ids.
 */
final class MapCheck {

    private final Index index;
    private final List<RoomPass.RoomDraft> rooms;
    private final IdSuggestions suggestions;
    private final Problems problems;

    MapCheck(Index index, List<RoomPass.RoomDraft> rooms, IdSuggestions suggestions, Problems problems) {
        this.index = index;
        this.rooms = rooms;
        this.suggestions = suggestions;
        this.problems = problems;
    }

    /** Checks the map from {@code start}, a room's id or empty (then only the ways back are checked). */
    void check(String start) {
        int[][] targets = writtenTargets();
        int count = rooms.size();
        for (int i = 0; i < count; i++) {
            RoomPass.RoomDraft draft = rooms.get(i);
            RoomDefinition room = draft.definition();
            List<ExitDefinition> exits = room.exits();
            for (int k = 0; k < exits.size(); k++) {
                ExitDefinition exit = exits.get(k);
                if (!exit.oneWay() && !contains(targets[draft.exitTargets()[k]], i)) {
                    problems.warning(exit.position(), "exit '" + exit.name() + "' of room '" + room.id()
                            + "' leads to '" + exit.to() + "', which has no exit back", "add an exit from '"
                            + exit.to() + "' to '" + room.id() + "', or mark this exit one-way: true");
                }
            }
        }
        if (!index.isRoom(start)) {
            return;
        }
        boolean[] reached = new boolean[count];
        int[] queue = new int[count];
        int head = 0;
        int tail = 0;
        int first = index.get(start).room();
        reached[first] = true;
        queue[tail++] = first;
        while (head < tail) {
            for (int next : targets[queue[head++]]) {
                if (!reached[next]) {
                    reached[next] = true;
                    queue[tail++] = next;
                }
            }
        }
        for (int i = 0; i < count; i++) {
            if (!reached[i]) {
                Entry room = index.rooms().get(i);
                problems.warning(room.position(), "room '" + room.id() + "' cannot be reached from the start room '"
                        + start + "'", "add an exit leading to it");
            }
        }
    }

    /**
     * For each room, the rooms its exits lead to as written, broken ones included (to the room a
     * misspelt target most likely meant), so that a misspelt exit is reported once and not again as
     * a missing way back from the room it meant. Suggestions are asked for in room order.
     */
    private int[][] writtenTargets() {
        int[][] targets = new int[rooms.size()][];
        for (int i = 0; i < rooms.size(); i++) {
            RoomPass.RoomDraft room = rooms.get(i);
            int[] written = room.writtenTargets();
            int[] to = new int[written.length];
            int n = 0;
            for (int k = 0; k < written.length; k++) {
                if (written[k] >= 0) {
                    to[n++] = written[k];
                } else {
                    Optional<String> near = suggestions.nearest(room.exits().get(k).to(), Kind.ROOM);
                    if (near.isPresent()) {
                        to[n++] = index.get(near.get()).room();
                    }
                }
            }
            targets[i] = n == to.length ? to : Arrays.copyOf(to, n);
        }
        return targets;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
