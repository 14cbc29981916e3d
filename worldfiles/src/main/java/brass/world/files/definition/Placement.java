package brass.world.files.definition;

import brass.world.files.diagnostic.SourcePosition;
import java.util.Objects;

/**
 * Where a thing starts: in a room, in a container, on a surface, or carried by an actor. The
 * checker guarantees the target exists and is of the right kind, and that no thing ends up
 * inside itself.
 */
public record Placement(Kind kind, String target, SourcePosition position) {

    /** The relation, named as in world files. */
    public enum Kind {
        IN_ROOM("in"), IN_THING("in"), ON_THING("on"), CARRIED_BY("carried-by");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** The field name in world files. */
        public String field() {
            return field;
        }
    }

    public Placement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(position, "position");
    }
}
