package brass.server.persist;

import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.ThingState;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a freshly built world back as the last checkpoint left it. The world files are the static
 * truth; the checkpoint says where things are and what state they are in. What the files no
 * longer define is dropped with a log line; a player whose room is gone comes back in the start
 * room; every player waits in limbo until they log in, and then returns where they were.
 */
public final class Restorer {

    private static final Logger log = LoggerFactory.getLogger(Restorer.class);

    private Restorer() {
    }

    /** Applies {@code saved} to {@code game}'s world. Call on the game loop, before anyone connects. */
    public static void restore(Game game, List<SavedThing> saved) {
        game.reactor().checkInLoop();
        if (saved.isEmpty()) {
            return;
        }
        World world = game.world();
        for (SavedThing s : saved) {
            if (s.playerName() != null && world.find(s.id()).isEmpty()) {
                world.player(s.playerName(), world.limbo());
            }
        }
        List<ThingState> states = new ArrayList<>(saved.size());
        for (SavedThing s : saved) {
            states.add(s.state());
        }
        for (String gone : world.restore(states)) {
            log.info("'{}' was in the last checkpoint but the world files no longer define it; dropped", gone);
        }
        for (SavedThing s : saved) {
            Thing t = world.find(s.id()).orElse(null);
            if (t == null) {
                continue;
            }
            if (s.playerName() != null) {
                // Whoever was standing in the world when it stopped comes back there on login.
                String back = s.returnRoom() != null ? s.returnRoom()
                        : (s.location() != null && !World.LIMBO.equals(s.location()) ? s.location() : null);
                Thing room = back == null ? null : world.find(back).filter(Thing::isRoom).orElse(null);
                if (back != null && room == null) {
                    log.info("{} was in '{}', which no longer exists; they will return to the start room",
                            t.name(), back);
                }
                if (t.location() != world.limbo()) {
                    t.moveTo(world.limbo());
                }
                game.setReturnRoom(t, room);
            } else if (t.location() == world.limbo() && s.location() != null && !World.LIMBO.equals(s.location())) {
                log.info("'{}' was in '{}', which no longer exists; it goes to the start room", t.id(), s.location());
                t.moveTo(world.startRoom());
            }
        }
        List<String> problems = world.problems();
        if (!problems.isEmpty()) {
            log.error("the restored world breaks its invariants: {}", problems);
        }
    }
}
