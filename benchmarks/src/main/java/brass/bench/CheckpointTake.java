package brass.bench;

import brass.server.persist.Checkpoint;

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
        CheckpointGrid grid = CheckpointGrid.of(args, "brass-checkpoint-take");
        int runs = grid.runs();
        for (int run = 1; run <= runs; run++) {
            long started = System.nanoTime();
            Checkpoint checkpoint = Checkpoint.take(run, grid.game());
            System.out.printf("full %d: %d things, taken on the loop in %.2f ms%n", run,
                    checkpoint.things().size(), (System.nanoTime() - started) / 1e6);
        }
        for (int run = 1; run <= runs; run++) {
            grid.move(run); // not timed
            long started = System.nanoTime();
            Checkpoint checkpoint = Checkpoint.takeChanges(runs + run, grid.game());
            System.out.printf("changes %d: %d things, taken on the loop in %.3f ms%n", run,
                    checkpoint.things().size(), (System.nanoTime() - started) / 1e6);
        }
    }
}
