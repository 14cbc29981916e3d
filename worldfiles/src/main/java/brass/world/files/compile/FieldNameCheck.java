package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports fields an entry's kind does not have: its own unknown fields, and fields a prototype
 * gives it that only apply to another kind; keeps, for each entry, the fields that apply. Each
 * entry on its own, so entries are checked on every core.
 */
final class FieldNameCheck {

    private final Index index;
    private final FieldMaps fieldMaps;
    private final Problems problems;

    FieldNameCheck(Index index, Context context) {
        this.index = index;
        this.fieldMaps = context.fieldMaps();
        this.problems = context.problems();
    }

    EntryFields run(List<Map<String, Field>> own, PrototypePass.Resolved resolved) {
        List<Map<String, Field>> known = index.entries().parallelStream()
                .map(entry -> check(entry, own.get(entry.index()), resolved.fields().get(entry.index())))
                .toList();
        return new EntryFields(own, known);
    }

    private Map<String, Field> check(Entry entry, Map<String, Field> own, Map<String, Field> resolved) {
        List<String> known = entry.kind().fields();
        fieldMaps.unknown(own, known, entry::what);
        for (Field field : resolved.values()) {
            if (field.owner() != entry && !known.contains(field.name())
                    && KnownFields.PROTOTYPE.contains(field.name())) {
                problems.error(field.keyPosition(), "field '" + field.name() + "' of "
                        + field.owner().what() + " does not apply to " + entry.what() + ", which is like it");
            }
        }
        if (known.containsAll(resolved.keySet())) {
            return resolved; // most entries: nothing to leave out, so no copy
        }
        Map<String, Field> applying = new LinkedHashMap<>();
        resolved.forEach((name, field) -> {
            if (known.contains(name)) {
                applying.put(name, field);
            }
        });
        return applying;
    }
}
