package brass.server.persist;

import brass.world.build.WorldBuilder;
import brass.world.files.definition.ThingDefinition;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.ThingState;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a freshly built world back as the last checkpoint left it. The world files are the static
 * truth; the checkpoint says where things are and what state they are in. What the files no
 * longer define is dropped with a log line; things made at run time are made again from their
 * prototypes (dropped, with a log line, when the prototype is gone); a thing of the files that was
 * destroyed in play is destroyed again; a player whose room is gone comes back in the start
 * room; every player waits in limbo until they log in, and then returns where they were.
 */
public final class Restorer {

    private static final Logger log = LoggerFactory.getLogger(Restorer.class);

    private Restorer() {
    }

    /** Applies {@code saved} to {@code game}'s world, which has no prototypes to make things from. */
    public static void restore(Game game, List<SavedThing> saved) {
        restore(game, saved, Map.of());
    }

    /**
     * Applies {@code saved} to {@code game}'s world, making the things made at run time again from
     * {@code prototypes} (the world files' prototypes, by id). Call on the game loop, before anyone
     * connects.
     */
    public static void restore(Game game, List<SavedThing> saved, Map<String, ThingDefinition> prototypes) {
        game.reactor().checkInLoop();
        if (saved.isEmpty()) {
            return;
        }
        World world = game.world();
        List<ThingState> states = new ArrayList<>(saved.size());
        for (SavedThing s : saved) {
            if (s.playerName() != null && world.find(s.id()).isEmpty()) {
                world.player(s.playerName(), world.limbo());
            } else if (s.madeFrom() != null && world.find(s.id()).isEmpty()) {
                ThingDefinition prototype = prototypes.get(s.madeFrom());
                if (prototype == null) {
                    log.info("'{}' was made from the prototype '{}', which the world files no longer have; dropped",
                            s.id(), s.madeFrom());
                    continue;
                }
                // Made again in limbo, with the id it had; the restore below puts it where it was.
                WorldBuilder.make(world, s.id(), s.madeFrom(), prototype);
            }
            if (!s.destroyed()) {
                states.add(s.state());
            }
        }
        for (String gone : world.restore(states)) {
            log.info("'{}' was in the last checkpoint but the world files no longer define it; dropped", gone);
        }
        for (SavedThing s : saved) {
            if (s.destroyed()) {
                Thing t = world.find(s.id()).orElse(null);
                if (t == null || t.isPlayer() || t.isRoom()) {
                    log.info("'{}' was destroyed, and the world files no longer define it; its record is dropped",
                            s.id());
                } else {
                    // Destroyed in play: it stays gone until its area's reset makes it again.
                    world.destroy(t);
                }
            }
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
