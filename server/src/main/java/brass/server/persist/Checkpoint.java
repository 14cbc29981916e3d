package brass.server.persist;

import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.World;
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
        things = List.copyOf(things); // no copy when already unmodifiable (as take's is)
    }

    /** Takes a checkpoint; call on the game loop. Players who are connected count as where they stand. */
    public static Checkpoint take(long sequence, Game game) {
        game.reactor().checkInLoop();
        World world = game.world();
        Map<Thing, Thing> away = game.returnRooms();
        // Straight from the things, one record each: this runs on the loop every second, over
        // every thing in the world.
        SavedThing[] out = new SavedThing[world.size()];
        int n = 0;
        for (Thing t : world.things()) {
            Thing back = away.get(t);
            out[n++] = new SavedThing(t.id(), t.location() == null ? null : t.location().id(), t.isOpen(),
                    t.isLocked(), t.isLit(), t.isPlayer() ? t.name() : null, back == null ? null : back.id());
        }
        return new Checkpoint(sequence, List.of(out));
    }
}
