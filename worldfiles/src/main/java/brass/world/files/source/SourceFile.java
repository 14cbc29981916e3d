package brass.world.files.source;

import brass.world.files.source.YamlTree.YNode;

/**
 * One world file as read.
 *
 * @param label   the file as diagnostics name it
 * @param area    its default area name: its path in the folder without {@code .yaml}
 * @param root    its tree; null when the file is empty or could not be read
 * @param isWorld whether it is the folder's {@code world.yaml}
 */
public record SourceFile(String label, String area, YNode root, boolean isWorld) {
}
