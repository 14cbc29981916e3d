package brass.world.files.compile;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys locks name, for the {@link KeyCheck} and the {@link LockCheck}.
 *
 * @param used      ids named as the key of a door or a thing
 * @param suggested things suggested for a key that does not exist: meant as keys, so not "a key
 *                  that opens nothing"
 */
record KeyUses(Set<String> used, Set<String> suggested) {

    KeyUses {
        used = Collections.unmodifiableSet(used);
        suggested = Collections.unmodifiableSet(suggested);
    }

    KeyUses plus(KeyUses other) {
        Set<String> allUsed = new LinkedHashSet<>(used);
        allUsed.addAll(other.used);
        Set<String> allSuggested = new LinkedHashSet<>(suggested);
        allSuggested.addAll(other.suggested);
        return new KeyUses(allUsed, allSuggested);
    }
}
