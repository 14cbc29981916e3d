package brass.bench;

import brass.engine.reactor.ManualReactor;
import brass.server.persist.Checkpoint;
import brass.world.build.WorldBuilder;
import brass.world.files.WorldChecker;
import brass.world.game.Game;
import brass.world.model.Thing;
import java.nio.file.Path;
import java.util.List;

/**
 * How long taking a checkpoint holds the game loop. The server takes one every second (by
 * default), on the loop, in one turn, so that what is written is a state the world really was in;
 * writing it happens off the loop. Generates the 100,000-room grid ({@link brass.world.files.GridWorld}),
 * builds it, takes full checkpoints of it (the first after start is one), then checkpoints of
 * only what changed, with {@code changed} things moved between each, printing each one's time.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.bench.CheckpointTake [width] [height] [runs] [changed]</pre>
 */
public final class CheckpointTake {

    public static void main(String[] args) throws Exception {
        WorldLoad.Grid grid = WorldLoad.Grid.of(args, 20);
        int runs = grid.runs();
        int changed = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Path dir = grid.generate("brass-checkpoint-take");
        ManualReactor reactor = new ManualReactor();
        Game game = new Game(WorldBuilder.build(WorldChecker.check(dir).world().orElseThrow()), reactor);
        reactor.call(() -> {
            for (int run = 1; run <= runs; run++) {
                long started = System.nanoTime();
                Checkpoint checkpoint = Checkpoint.take(run, game);
                System.out.printf("full %d: %d things, taken on the loop in %.2f ms%n", run,
                        checkpoint.things().size(), (System.nanoTime() - started) / 1e6);
            }
            List<Thing> movable = game.world().things().stream().filter(t -> !t.isRoom() && !t.isDoor()
                    && t.location() != null && t.location() != game.world().limbo()).limit(changed).toList();
            List<Thing> rooms = game.world().things().stream().filter(Thing::isRoom).limit(2).toList();
            for (int run = 1; run <= runs; run++) {
                // What a busy second might change: this many things moved (not timed).
                for (Thing t : movable) {
                    t.moveTo(rooms.get(run % 2));
                }
                long started = System.nanoTime();
                Checkpoint checkpoint = Checkpoint.takeChanges(runs + run, game);
                System.out.printf("changes %d: %d things, taken on the loop in %.3f ms%n", run,
                        checkpoint.things().size(), (System.nanoTime() - started) / 1e6);
            }
            return null;
        });
        reactor.runUntilIdle();
    }
}
