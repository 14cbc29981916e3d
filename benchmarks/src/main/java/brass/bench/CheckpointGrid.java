package brass.bench;

import brass.engine.reactor.ManualReactor;
import brass.world.build.WorldBuilder;
import brass.world.files.WorldChecker;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.World;
import java.io.IOException;
import java.util.List;

/**
 * The generated grid ({@link brass.world.files.GridWorld}) as the checkpoint benchmarks use it:
 * built into a game on a manual loop (the thread that calls {@link #of} is its loop), with the
 * things moved between checkpoints and the two rooms they go back and forth between. Arguments:
 * {@code [width] [height] [runs] [changed]}, by default the 100,000-room grid, 20 runs, 100 things.
 */
record CheckpointGrid(int runs, Game game, List<Thing> movable, List<Thing> rooms) {

    static CheckpointGrid of(String[] args, String name) throws IOException {
        WorldLoad.Grid grid = WorldLoad.Grid.of(args, 20);
        int changed = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Game game = new Game(WorldBuilder.build(WorldChecker.check(grid.generate(name)).world().orElseThrow()),
                new ManualReactor());
        World world = game.world();
        List<Thing> movable = world.things().stream().filter(t -> !t.isRoom() && !t.isDoor()
                && t.location() != null && t.location() != world.limbo()).limit(changed).toList();
        List<Thing> rooms = world.things().stream().filter(Thing::isRoom).limit(2).toList();
        return new CheckpointGrid(grid.runs(), game, movable, rooms);
    }

    /** What a busy second might change: every movable thing moved, into one room on odd runs, the other on even. */
    void move(int run) {
        for (Thing t : movable) {
            t.moveTo(rooms.get(run % 2));
        }
    }
}
