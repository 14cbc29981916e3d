package brass.server.persist;

import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.ThingState;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The world's changing state at one moment, taken on the game loop within one turn, so what is
 * written is always a state the world really was in: never half of one turn and half of another.
 *
 * @param sequence which checkpoint this is, counting from 1 since the server started
 */
public record Checkpoint(long sequence, List<SavedThing> things) {

    public Checkpoint {
        things = List.copyOf(things);
    }

    /** Takes a checkpoint; call on the game loop. Players who are connected count as where they stand. */
    public static Checkpoint take(long sequence, Game game) {
        game.reactor().checkInLoop();
        World world = game.world();
        Map<Thing, Thing> away = game.returnRooms();
        List<SavedThing> out = new ArrayList<>(world.size());
        for (ThingState s : world.snapshot()) {
            Thing t = world.get(s.id());
            String name = t.isPlayer() ? t.name() : null;
            Thing back = away.get(t);
            out.add(new SavedThing(s.id(), s.location(), s.open(), s.locked(), s.lit(), name,
                    back == null ? null : back.id()));
        }
        return new Checkpoint(sequence, out);
    }
}
