package brass.world.files.compile;

import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.source.Nodes;
import brass.world.files.source.WorldFiles;
import brass.world.files.source.YamlTree.YNode;

/**
 * One field as written, remembering which entry wrote it: a field a prototype gives stays the
 * prototype's, so a problem with it is reported once, where it is written.
 *
 * @param owner the entry it is written in; null in world.yaml's own fields
 */
record Field(String name, YNode key, YNode value, Entry owner, String file) {

    /** "'exits' of room 'hall'"; a field of no entry is named with its file ("'area' of inn.yaml"). */
    String what() {
        return "'" + name + "' of " + (owner != null ? owner.what()
                : file.endsWith(WorldFiles.WORLD_FILE) ? WorldFiles.WORLD_FILE : file);
    }

    /** Where its value is written, or its name when it has no value. */
    SourcePosition position() {
        return Nodes.position(value == null ? key : value, file);
    }

    /** Where its name is written. */
    SourcePosition keyPosition() {
        return Nodes.position(key, file);
    }
}
