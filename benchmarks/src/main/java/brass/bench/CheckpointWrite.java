package brass.bench;

import brass.engine.reactor.ManualReactor;
import brass.server.persist.Checkpoint;
import brass.server.persist.SavedThing;
import brass.server.persist.WorldStore;
import brass.server.store.Database;
import brass.world.build.WorldBuilder;
import brass.world.files.WorldChecker;
import brass.world.game.Game;
import brass.world.model.Thing;
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
        WorldLoad.Grid grid = WorldLoad.Grid.of(args, 20);
        int runs = grid.runs();
        int changed = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Path world = grid.generate("brass-checkpoint-write");
        ManualReactor reactor = new ManualReactor();
        Game game = new Game(WorldBuilder.build(WorldChecker.check(world).world().orElseThrow()), reactor);
        Path data = Files.createTempDirectory("brass-checkpoint-write-data");
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 1)) {
            WorldStore store = new WorldStore(db);
            // On the manual loop, like CheckpointTake; the writes block it, which nothing here minds.
            var done = reactor.call(() -> {
                List<SavedThing> all = Checkpoint.take(1, game).things();
                long sequence = 1;
                time(store, sequence, "full", all, all.size());
                List<Thing> movable = game.world().things().stream().filter(t -> !t.isRoom() && !t.isDoor()
                        && t.location() != null && t.location() != game.world().limbo()).limit(changed).toList();
                List<Thing> rooms = game.world().things().stream().filter(Thing::isRoom).limit(2).toList();
                for (int run = 1; run <= runs; run++) {
                    for (Thing t : movable) {
                        t.moveTo(rooms.get(run % 2));
                    }
                    time(store, ++sequence, "changes " + run, Checkpoint.takeChanges(sequence, game).things(),
                            all.size());
                }
                for (int run = 1; run <= runs; run++) {
                    time(store, ++sequence, "quiet " + run, List.of(), all.size());
                }
                return null;
            });
            reactor.runUntilIdle();
            done.join();
        }
    }

    private static void time(WorldStore store, long sequence, String what, List<SavedThing> rows, int total)
            throws Exception {
        long started = System.nanoTime();
        store.write(sequence, Instant.now(), rows, List.of(), total);
        System.out.printf("%s: %d rows written in %.2f ms%n", what, rows.size(), (System.nanoTime() - started) / 1e6);
    }
}
