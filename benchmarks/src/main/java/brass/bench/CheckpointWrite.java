package brass.bench;

import brass.server.persist.Checkpoint;
import brass.server.persist.SavedThing;
import brass.server.persist.WorldStore;
import brass.server.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * How long writing a checkpoint takes on the worker pool, into the embedded database in a new
 * temporary folder (on the disk the JVM's temporary folder is on): the first after start (every
 * thing of the 100,000-room grid, {@link brass.world.files.GridWorld}), then {@code runs} of
 * {@code changed} things moved, then {@code runs} quiet seconds (nothing changed: the bookkeeping
 * row only), as the server writes them, each a transaction committed and, for H2, synced.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.bench.CheckpointWrite [width] [height] [runs] [changed]</pre>
 */
public final class CheckpointWrite {

    public static void main(String[] args) throws Exception {
        CheckpointGrid grid = CheckpointGrid.of(args, "brass-checkpoint-write");
        Path data = Files.createTempDirectory("brass-checkpoint-write-data");
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 1)) {
            WorldStore store = new WorldStore(db);
            List<SavedThing> all = Checkpoint.take(1, grid.game()).things();
            long sequence = 1;
            time(store, sequence, "full", all, all.size());
            for (int run = 1; run <= grid.runs(); run++) {
                grid.move(run);
                time(store, ++sequence, "changes " + run, Checkpoint.takeChanges(sequence, grid.game()).things(),
                        all.size());
            }
            for (int run = 1; run <= grid.runs(); run++) {
                time(store, ++sequence, "quiet " + run, List.of(), all.size());
            }
        }
    }

    private static void time(WorldStore store, long sequence, String what, List<SavedThing> rows, int total)
            throws Exception {
        long started = System.nanoTime();
        store.write(sequence, Instant.now(), rows, List.of(), total);
        System.out.printf("%s: %d rows written in %.2f ms%n", what, rows.size(), (System.nanoTime() - started) / 1e6);
    }
}
