package brass.world.files.definition;

import brass.world.model.Flag;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The definitions' copies of flag sets: unmodifiable, and one shared empty set for the many with none. */
final class Flags {

    private Flags() {
    }

    static Set<Flag> copy(Set<Flag> flags) {
        return flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }
}
