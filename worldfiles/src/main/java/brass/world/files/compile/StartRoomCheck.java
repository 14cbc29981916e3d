package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.source.Nodes;

/** The world has rooms, and its start names one of them. */
final class StartRoomCheck {

    private StartRoomCheck() {
    }

    /** The start room's id, or empty when it is not a room (reported). */
    static String check(WorldHeader header, Index index, References references, Problems problems) {
        String start = header.start();
        String file = header.position().file();
        if (start != null && !start.isEmpty()) {
            if (!index.isRoom(start)) {
                references.room(start, header.startNode() == null ? header.position()
                        : Nodes.position(header.startNode(), file), "the start room is");
                start = null;
            }
        } else if (header.startNode() != null) {
            problems.error(Nodes.position(header.startNode(), file), "the start room is empty", "give a room id");
        }
        if (index.rooms().isEmpty()) {
            problems.error(header.position(), "the world has no rooms", "add rooms: to world.yaml or an area file");
        }
        return start == null ? "" : start;
    }
}
