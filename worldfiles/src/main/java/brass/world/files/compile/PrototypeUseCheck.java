package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import java.util.Set;

/** Every prototype is used: one nothing is like is probably misspelt where it was meant. */
final class PrototypeUseCheck {

    private PrototypeUseCheck() {
    }

    static void check(Index index, Set<String> used, Problems problems) {
        for (Entry entry : index.entries()) {
            if (entry.kind() == Kind.PROTOTYPE && !used.contains(entry.id())) {
                problems.warning(entry.position(), "prototype '" + entry.id() + "' is never used",
                        "write like: " + entry.id() + " in a thing, or remove it");
            }
        }
    }
}
