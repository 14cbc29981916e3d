package brass.server.persist;

import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The world's changing state at one moment, taken on the game loop within one turn, so what is
 * written is always a state the world really was in: never half of one turn and half of another.
 * Either full (every thing; what is not in it is gone) or the changes since the checkpoint taken
 * before it (the things that changed, and the ids of things removed). A thing of the files that
 * play destroyed is a row of its own, marked destroyed ({@link SavedThing#destroyed(String)}).
 *
 * @param sequence which checkpoint this is, counting from 1 since the server started
 * @param full     true when {@code things} is every thing in the world
 * @param removed  for a partial checkpoint, the ids of things removed since the one before; empty when full
 */
public record Checkpoint(long sequence, boolean full, List<SavedThing> things, List<String> removed) {

    public Checkpoint {
        things = List.copyOf(things); // no copy when already unmodifiable (as take's is)
        removed = List.copyOf(removed);
        if (full && !removed.isEmpty()) {
            throw new IllegalArgumentException("a full checkpoint removes whatever it leaves out");
        }
    }

    /**
     * Takes a full checkpoint; call on the game loop. Players who are connected count as where
     * they stand. Also clears the world's record of changes, so the next {@link #takeChanges} is
     * relative to this one.
     */
    public static Checkpoint take(long sequence, Game game) {
        game.reactor().checkInLoop();
        World world = game.world();
        world.takeChanges();
        Map<Thing, Thing> away = game.returnRooms();
        // Straight from the things, one record each: this runs over every thing in the world.
        SavedThing[] out = new SavedThing[world.size() + world.destroyed().size()];
        int n = 0;
        for (Thing t : world.things()) {
            out[n++] = SavedThing.of(t, away.get(t));
        }
        for (String id : world.destroyed()) {
            out[n++] = SavedThing.destroyed(id);
        }
        return new Checkpoint(sequence, true, List.of(out), List.of());
    }

    /**
     * Takes what changed since the last checkpoint was taken (full or not); call on the game loop.
     * Costs the loop in proportion to what changed, not to the size of the world.
     */
    public static Checkpoint takeChanges(long sequence, Game game) {
        game.reactor().checkInLoop();
        World world = game.world();
        World.Changes changes = world.takeChanges();
        List<SavedThing> out = new ArrayList<>(changes.changed().size());
        for (Thing t : changes.changed()) {
            out.add(SavedThing.of(t, game.returnRoom(t)));
        }
        List<String> removed = changes.removed();
        if (!world.destroyed().isEmpty()) {
            // A destroyed thing of the files keeps its row, marked, so that a restart leaves it gone.
            removed = new ArrayList<>();
            for (String id : changes.removed()) {
                if (world.destroyed().contains(id)) {
                    out.add(SavedThing.destroyed(id));
                } else {
                    removed.add(id);
                }
            }
        }
        return new Checkpoint(sequence, false, out, removed);
    }
}
