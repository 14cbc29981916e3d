package brass.world.reaction;

import brass.world.files.diagnostic.SourcePosition;
import java.util.List;
import java.util.Objects;

/**
 * One reaction written on a room, thing or actor: when {@code trigger} happens and every condition
 * holds, its effects run in order.
 *
 * @param host     the id of the room, thing or actor it is written on
 * @param position where it is written, for the log when it goes wrong at run time
 */
public record Reaction(String host, Trigger trigger, List<Condition> conditions, List<Effect> effects,
                       SourcePosition position) {

    public Reaction {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(trigger, "trigger");
        conditions = List.copyOf(conditions);
        effects = List.copyOf(effects);
        Objects.requireNonNull(position, "position");
    }
}
