package brass.world.action;

import brass.world.model.Thing;
import java.util.Optional;

/**
 * Where a tell to a player who is not in the game goes: the server keeps it as mail for their
 * next login. The model only hands it over; keeping it (and any I/O) is the postbox's business.
 */
@FunctionalInterface
public interface Postbox {

    /** A game that keeps no mail: a tell to someone away is refused. */
    Postbox NONE = (from, to, text) -> Optional.empty();

    /**
     * Keeps {@code text} from {@code from} for {@code to}, a player not in the game. Returns what
     * the sender reads ("Bob is not in the game; ..."), or empty when nothing is kept. On the loop;
     * must not block.
     */
    Optional<String> post(Thing from, Thing to, String text);
}
