package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.Suggestions;
import brass.world.files.source.Nodes;
import brass.world.files.source.YamlTree.YMapping;
import brass.world.files.source.YamlTree.YNode;
import brass.world.files.source.YamlTree.YScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads a YAML mapping into named {@link Field}s, and reports fields nobody knows. Used by every
 * pass that reads something written as a map: a world file, an entry, an exit, a door, a
 * behaviour's parameters. Safe on several threads: it keeps nothing but where problems go.
 */
final class FieldMaps {

    private final Problems problems;

    FieldMaps(Problems problems) {
        this.problems = problems;
    }

    /** Each entry's own fields as written, by {@link Entry#index()}: each on its own, so on every core. */
    List<Map<String, Field>> ownFields(Index index) {
        return index.entries().parallelStream().map(entry -> read(entry.body(), entry, entry.file(), entry::what))
                .toList();
    }

    /** The mapping's fields in order, reporting a non-map, complex keys and repeated keys. */
    Map<String, Field> read(YNode node, Entry owner, String file, String what) {
        return read(node, owner, file, () -> what);
    }

    /** As above, describing what is read only when there is something to report. */
    Map<String, Field> read(YNode node, Entry owner, String file, Supplier<String> whatOf) {
        if (Nodes.isNull(node)) {
            return new LinkedHashMap<>();
        }
        if (!(node instanceof YMapping mapping)) {
            problems.error(Nodes.position(node, file), whatOf.get() + " must be a map of fields, found "
                    + Nodes.describe(node));
            return new LinkedHashMap<>();
        }
        int size = mapping.size();
        Map<String, Field> result = new LinkedHashMap<>(size * 4 / 3 + 1);
        for (int i = 0; i < size; i++) {
            if (!(mapping.key(i) instanceof YScalar key)) {
                problems.error(Nodes.position(mapping.key(i), file), "a key in " + whatOf.get()
                        + " must be a plain name, found " + Nodes.describe(mapping.key(i)));
                continue;
            }
            String name = key.getValue();
            Field previous = result.get(name);
            if (previous != null) {
                problems.error(Nodes.position(key, file), "'" + name + "' appears twice in " + whatOf.get()
                        + " (first at " + previous.keyPosition() + ")");
                continue;
            }
            result.put(name, new Field(name, key, mapping.value(i), owner, file));
        }
        return result;
    }

    /** Reports every field not in {@code known}, with the nearest known name as a hint. */
    void unknown(Map<String, Field> fields, List<String> known, String what) {
        unknown(fields, known, () -> what);
    }

    /** As above, describing what is read only when a field is unknown: most entries have none. */
    void unknown(Map<String, Field> fields, List<String> known, Supplier<String> whatOf) {
        for (Field field : fields.values()) {
            if (!known.contains(field.name())) {
                problems.error(field.keyPosition(), "unknown field '" + field.name() + "' in " + whatOf.get(),
                        Suggestions.didYouMean(field.name(), known));
            }
        }
    }
}
