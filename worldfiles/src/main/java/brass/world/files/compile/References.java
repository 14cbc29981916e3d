package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;
import brass.world.files.diagnostic.SourcePosition;
import java.util.Optional;

/**
 * Checks that an id written in one entry names an entry of the right kind: a room (an exit's
 * target, a door's side, an actor's room, the start), or a thing (a key). A reference to an id
 * that was written but invalid is not reported again: its own error says it all.
 */
final class References {

    private final Index index;
    private final IdSuggestions suggestions;
    private final Problems problems;

    References(Index index, IdSuggestions suggestions, Problems problems) {
        this.index = index;
        this.suggestions = suggestions;
        this.problems = problems;
    }

    /** Whether {@code id} names a room; if not, reports "{what} 'id', which ...". */
    boolean room(String id, SourcePosition position, String what) {
        Entry entry = index.get(id);
        if (entry != null && entry.kind() == Kind.ROOM) {
            return true;
        }
        if (index.isRejected(id)) {
            return false;
        }
        if (entry != null) {
            problems.error(position, what + " '" + id + "', which is a " + entry.kind().word + ", not a room");
        } else {
            problems.error(position, what + " '" + id + "', which does not exist",
                    suggestions.didYouMean(id, Kind.ROOM));
        }
        return false;
    }

    /**
     * Reports a key that names no thing ({@code what} "is locked with key ..."). Returns the thing
     * suggested instead, if any: the key the builder meant is not also "a key that opens nothing".
     */
    Optional<String> key(String keyId, Field field, String what) {
        Entry key = index.get(keyId);
        if (key == null) {
            if (!index.isRejected(keyId)) {
                Optional<String> nearest = suggestions.nearest(keyId, Kind.THING);
                problems.error(field.position(), what + " is locked with key '" + keyId + "', which does not exist",
                        nearest.map(n -> "did you mean '" + n + "'?"));
                return nearest;
            }
        } else if (key.kind() != Kind.THING) {
            problems.error(field.position(), what + " is locked with key '" + keyId + "', which is a "
                    + key.kind().word + ", not a thing");
        }
        return Optional.empty();
    }
}
