package brass.world.files.compile;

import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.source.YamlTree.YNode;

/**
 * One named definition as written, before prototypes are applied.
 *
 * @param keyNode  where its id is written
 * @param body     its fields as written (checked to be a map when read)
 * @param area     its area: the file's {@code area:} name, or the file's path without {@code .yaml}
 * @param index    its place among all entries, in file order: passes keep per-entry results in
 *                 lists by this number instead of looking entries up by id
 * @param room     for a room, its place among the rooms (the room graph is arrays of these); -1 otherwise
 */
record Entry(Kind kind, String id, YNode keyNode, YNode body, String file, String area, SourcePosition position,
             int index, int room) {

    /** "room 'hall'". */
    String what() {
        return kind.word + " '" + id + "'";
    }
}
