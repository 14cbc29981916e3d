package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.SourceFile;
import brass.world.files.source.WorldFiles;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.files.source.YamlTree.YSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first pass over the files: each file's sections (world.yaml's own fields, an area file's
 * {@code rooms:}, {@code things:}...), and every entry they declare, in file order, by id. Reports
 * misplaced and unknown sections, invalid ids and ids declared twice. Runs on one thread: the
 * first declaration of an id wins.
 */
final class IndexPass {

    /**
     * What the pass found: the index, world.yaml's own fields (null when there is no world.yaml or it
     * could not be read; none when it is empty), the {@code help:} and {@code socials:} sections, and
     * each file's {@code reset:} with its area, in file order (read by {@link ResetPass}).
     */
    record Declared(Index index, Map<String, Field> worldFields, SourcePosition worldPosition, List<Field> help,
            List<Field> socials, List<ResetPass.Written> resets, List<ResetPass.Written> areaReactions) {
    }

    private final Path folder;
    private final FieldMaps fieldMaps;
    private final Values values;
    private final Problems problems;

    private HashMap<String, Entry> byId;
    private List<Entry> entries;
    private final List<Entry> rooms = new ArrayList<>();
    private final Set<String> rejected = new HashSet<>();
    private final List<Field> help = new ArrayList<>();
    private final List<ResetPass.Written> resets = new ArrayList<>();
    // Each file's top-level reactions: its area's, read by ReactionPass.
    private final List<ResetPass.Written> areaReactions = new ArrayList<>();
    private Map<String, Field> worldFields;
    private final List<Field> socials = new ArrayList<>();
    private SourcePosition worldPosition;

    IndexPass(Path folder, FieldMaps fieldMaps, Values values, Problems problems) {
        this.folder = folder;
        this.fieldMaps = fieldMaps;
        this.values = values;
        this.problems = problems;
        this.worldPosition = SourcePosition.of(folder.resolve(WorldFiles.WORLD_FILE).toString());
    }

    Declared run(List<SourceFile> files) {
        int declared = declaredEntries(files);
        byId = new HashMap<>(declared * 4 / 3 + 16);
        entries = new ArrayList<>(declared);
        for (SourceFile file : files) {
            collect(file);
        }
        Index index = new Index(entries, rooms, byId, rejected);
        return new Declared(index, worldFields, worldPosition, List.copyOf(help), List.copyOf(socials),
                List.copyOf(resets), List.copyOf(areaReactions));
    }

    /** About how many entries the files declare, to size the maps once. */
    private static int declaredEntries(List<SourceFile> files) {
        int count = 0;
        for (SourceFile file : files) {
            if (file.root() instanceof YMapping root) {
                for (int i = 0; i < root.size(); i++) {
                    if (root.value(i) instanceof YMapping mapping) {
                        count += mapping.size();
                    }
                }
            }
        }
        return count;
    }

    private void collect(SourceFile file) {
        if (file.root() == null) {
            if (file.isWorld() && file.read()) {
                // Empty or only comments: a world.yaml without fields, so its name and start room are
                // reported missing where a builder would write them, its first line.
                worldPosition = new SourcePosition(file.label(), 1, 1);
                worldFields = Map.of();
            } else if (file.isWorld()) {
                // Not read: its own diagnostic says where; what it would have said is the whole file's.
                worldPosition = SourcePosition.of(file.label());
            }
            return;
        }
        Map<String, Field> top = fieldMaps.read(file.root(), null, file.label(), "a world file");
        if (file.isWorld()) {
            worldPosition = Nodes.position(file.root(), file.label());
            List<String> known = new ArrayList<>(KnownFields.WORLD);
            known.addAll(KnownFields.AREA);
            fieldMaps.unknown(top, known, WorldFiles.WORLD_FILE);
            worldFields = top;
        } else {
            for (Field field : top.values()) {
                if (KnownFields.WORLD.contains(field.name())) {
                    problems.error(field.keyPosition(), "'" + field.name() + "' belongs in world.yaml",
                            "move it to " + folder.resolve(WorldFiles.WORLD_FILE));
                } else if (!KnownFields.AREA.contains(field.name())) {
                    problems.error(field.keyPosition(), "unknown section '" + field.name() + "' in " + file.label(),
                            Suggestions.didYouMean(field.name(), KnownFields.AREA));
                }
            }
        }
        Field helpSection = top.get("help");
        if (helpSection != null) {
            help.add(helpSection);
        }
        Field socialSection = top.get(SocialPass.SECTION);
        if (socialSection != null) {
            socials.add(socialSection);
        }
        Field areaName = top.get("area");
        String area = areaName != null ? values.text(areaName) : file.area();
        Field reset = top.get("reset");
        if (reset != null) {
            resets.add(new ResetPass.Written(area, reset));
        }
        Field reactions = top.get("reactions");
        if (reactions != null) {
            areaReactions.add(new ResetPass.Written(area, reactions));
        }
        for (Kind kind : Kind.values()) {
            Field section = top.get(kind.section);
            if (section == null || Nodes.isNull(section.value())) {
                continue;
            }
            if (!(section.value() instanceof YMapping mapping)) {
                problems.error(section.position(), "'" + kind.section + "' must be a map from id to " + kind.word
                        + ", found " + Nodes.describe(section.value()),
                        section.value() instanceof YSequence ? Optional.of("write each " + kind.word
                                + " as 'id:' followed by its fields") : Optional.empty());
                continue;
            }
            for (Field declared : fieldMaps.read(mapping, null, file.label(), "'" + kind.section + "'").values()) {
                register(kind, declared, file.label(), area);
            }
        }
    }

    private void register(Kind kind, Field declared, String file, String area) {
        String id = declared.name();
        SourcePosition position = declared.keyPosition();
        if (!Ids.isId(id)) {
            String fixed = Ids.fixedEntryId(id);
            problems.error(position, Ids.invalid(id), fixed.isEmpty() ? Optional.empty()
                    : Optional.of("write '" + fixed + "'"));
            rejected.add(id);
            return;
        }
        Entry previous = byId.get(id);
        if (previous != null) {
            problems.error(position, "duplicate id '" + id + "': this " + kind.word + " and the "
                    + previous.kind().word + " at " + previous.position() + " share it",
                    "ids must be unique across all files of a world");
            return;
        }
        Entry entry = new Entry(kind, id, declared.key(), declared.value(), file, area, position, entries.size(),
                kind == Kind.ROOM ? rooms.size() : -1);
        byId.put(id, entry);
        entries.add(entry);
        if (kind == Kind.ROOM) {
            rooms.add(entry);
        }
    }
}
