/**
 * The source of a world: which files of a world folder count ({@link
 * brass.world.files.source.WorldFiles}), each parsed on every core into a compact, read-only
 * {@link brass.world.files.source.YamlTree} of values and 1-based positions, and small helpers
 * over its nodes ({@link brass.world.files.source.Nodes}). The only part of checking that touches
 * the disk; the passes in {@code brass.world.files.compile} work on these trees.
 */
package brass.world.files.source;
