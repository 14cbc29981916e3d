package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.source.Nodes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies {@code like}: an entry's fields are its parent's (a prototype or an entry of its own
 * kind), then its own on top, down any chain. Reports a parent that is missing, of the wrong kind,
 * or part of a cycle. Runs on one thread, in file order: parents are resolved once, on first use.
 */
final class PrototypePass {

    /**
     * Each entry's fields with its prototypes applied, by {@link Entry#index()}, and the ids of
     * the prototypes something is like.
     */
    record Resolved(List<Map<String, Field>> fields, Set<String> used) {
    }

    private final Index index;
    private final List<Map<String, Field>> own;
    private final Values values;
    private final IdSuggestions suggestions;
    private final Problems problems;
    private final List<Map<String, Field>> resolved;
    private final Set<String> used = new HashSet<>();

    PrototypePass(Index index, List<Map<String, Field>> own, Context context) {
        this.index = index;
        this.own = own;
        this.values = context.values();
        this.suggestions = context.suggestions();
        this.problems = context.problems();
        this.resolved = new ArrayList<>(Collections.nCopies(own.size(), null));
    }

    Resolved run() {
        for (Entry entry : index.entries()) {
            resolve(entry, new ArrayList<>());
        }
        return new Resolved(Collections.unmodifiableList(resolved), Collections.unmodifiableSet(used));
    }

    private Map<String, Field> resolve(Entry entry, List<Entry> chain) {
        Map<String, Field> done = resolved.get(entry.index());
        if (done != null) {
            return done;
        }
        Map<String, Field> fields = own.get(entry.index());
        Field like = fields.get("like");
        if (like == null) {
            resolved.set(entry.index(), fields);
            return fields;
        }
        if (chain.contains(entry)) {
            reportCycle(entry, chain.subList(chain.indexOf(entry), chain.size()));
            return fields;
        }
        Map<String, Field> merged = new LinkedHashMap<>();
        String parentId = values.text(like);
        Entry parent = index.get(parentId);
        if (parentId.isEmpty()) {
            if (Nodes.isNull(like.value())) {
                problems.error(like.position(), "'like' of " + entry.what() + " is empty",
                        "give the id of a prototype");
            }
        } else if (parent == null) {
            if (!index.isRejected(parentId)) {
                problems.error(like.position(), entry.what() + " is like '" + parentId + "', which does not exist",
                        suggestions.didYouMean(parentId, entry.kind(), Kind.PROTOTYPE));
            }
        } else if (parent.kind() != Kind.PROTOTYPE && parent.kind() != entry.kind()) {
            problems.error(like.position(), entry.what() + " cannot be like the " + parent.kind().word + " '"
                    + parentId + "'", "'like' names a prototype or another " + entry.kind().word);
        } else {
            if (parent.kind() == Kind.PROTOTYPE) {
                used.add(parent.id());
            }
            chain.add(entry);
            Map<String, Field> inherited = resolve(parent, chain);
            chain.remove(chain.size() - 1);
            Map<String, Field> settled = resolved.get(entry.index());
            if (settled != null) {
                return settled; // it was part of a cycle, settled to its own fields
            }
            merged.putAll(inherited);
            merged.remove("like");
        }
        merged.putAll(fields);
        resolved.set(entry.index(), merged);
        return merged;
    }

    /** Reports a cycle once, at the member written first, and settles every member to its own fields. */
    private void reportCycle(Entry entry, List<Entry> cycle) {
        StringBuilder path = new StringBuilder();
        for (int k = 0; k < cycle.size(); k++) {
            path.append("'").append(cycle.get(k).id()).append(k == 0 ? "' is like " : "', which is like ");
        }
        path.append("'").append(entry.id()).append("'");
        Entry reported = cycle.stream().min((a, b) -> a.position().compareTo(b.position())).orElseThrow();
        problems.error(own.get(reported.index()).get("like").position(), "prototype cycle: " + path);
        for (Entry member : cycle) {
            resolved.set(member.index(), own.get(member.index()));
        }
    }
}
