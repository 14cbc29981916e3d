package brass.bench;

import brass.engine.reactor.ManualReactor;
import brass.server.persist.Checkpoint;
import brass.world.build.WorldBuilder;
import brass.world.files.WorldChecker;
import brass.world.game.Game;
import java.nio.file.Path;

/**
 * How long taking a checkpoint holds the game loop. The server takes one every second (by
 * default), on the loop, in one turn, so that what is written is a state the world really was in;
 * writing it happens off the loop. Generates the 100,000-room grid ({@link WorldLoad#generate}),
 * builds it and takes checkpoints of it, printing each one's time.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.bench.CheckpointTake [width] [height] [runs]</pre>
 */
public final class CheckpointTake {

    public static void main(String[] args) throws Exception {
        WorldLoad.Grid grid = WorldLoad.Grid.of(args, 20);
        Path dir = grid.generate("brass-checkpoint-take");
        ManualReactor reactor = new ManualReactor();
        Game game = new Game(WorldBuilder.build(WorldChecker.check(dir).world().orElseThrow()), reactor);
        reactor.call(() -> {
            for (int run = 1; run <= grid.runs(); run++) {
                long started = System.nanoTime();
                Checkpoint checkpoint = Checkpoint.take(run, game);
                System.out.printf("run %d: %d things, taken on the loop in %.1f ms%n", run,
                        checkpoint.things().size(), (System.nanoTime() - started) / 1e6);
            }
            return null;
        });
        reactor.runUntilIdle();
    }
}
