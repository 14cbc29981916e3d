package brass.world.files.source;

import brass.world.files.source.YamlTree.YNode;

/**
 * One world file as read.
 *
 * @param label   the file as diagnostics name it
 * @param area    its default area name: its path in the folder without {@code .yaml}
 * @param root    its tree; null when the file is empty (or only comments) or could not be read
 * @param isWorld whether it is the folder's {@code world.yaml}
 * @param read    whether it was read: false when it could not be (already reported), which tells an
 *                empty file from a broken one when {@code root} is null
 */
public record SourceFile(String label, String area, YNode root, boolean isWorld, boolean read) {
}
