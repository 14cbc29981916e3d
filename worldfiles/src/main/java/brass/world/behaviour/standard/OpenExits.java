package brass.world.behaviour.standard;

import brass.world.model.Exit;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.List;

/** The ways out of a room that no closed door bars: where something moving on its own may go. */
final class OpenExits {

    private OpenExits() {
    }

    /** The room's open exits, in the order they were made (so a seeded choice replays). */
    static List<Exit> of(Thing room) {
        List<Exit> open = new ArrayList<>();
        for (Exit e : room.exits().values()) {
            if (!e.blocked()) {
                open.add(e);
            }
        }
        return open;
    }
}
