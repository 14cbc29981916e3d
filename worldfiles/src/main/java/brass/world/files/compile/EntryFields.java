package brass.world.files.compile;

import java.util.List;
import java.util.Map;

/**
 * Each entry's fields, by {@link Entry#index()}: as written, and with its prototypes applied and
 * only those its kind may have (what the passes read it from).
 */
record EntryFields(List<Map<String, Field>> own, List<Map<String, Field>> known) {

    /** The fields the entry's kind may have, prototypes applied. */
    Map<String, Field> of(Entry entry) {
        return known.get(entry.index());
    }

    /** The entry's own {@code like:}, or null. */
    Field like(Entry entry) {
        return own.get(entry.index()).get("like");
    }
}
