package brass.bench;

import brass.engine.reactor.ManualReactor;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldBuilder;
import brass.world.files.CheckResult;
import brass.world.files.WorldChecker;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.reload.Reloader;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * How long a reload holds the game loop. Checking the folder runs off the loop; applying the
 * checked world to the running one runs on it, so that is what players feel. Generates the
 * 100,000-room grid ({@link brass.world.files.GridWorld}), builds it, then reloads the unchanged folder
 * several times, printing each apply's time.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.bench.ReloadApply [width] [height] [runs]</pre>
 */
public final class ReloadApply {

    public static void main(String[] args) throws Exception {
        WorldLoad.Grid grid = WorldLoad.Grid.of(args, 6);
        Path dir = grid.generate("brass-reload-apply");
        WorldDefinition definition = WorldChecker.check(dir).world().orElseThrow();
        Game game = new Game(WorldBuilder.build(definition), new ManualReactor());
        Reloader reloader = Reloader.start(game, dir, definition, StandardBehaviours.registry(), new SplittableRandom(1));
        for (int run = 1; run <= grid.runs(); run++) {
            CheckResult next = WorldChecker.check(dir);
            long started = System.nanoTime();
            reloader.apply(next);
            System.out.printf("run %d: %d rooms, apply on the loop %d ms%n", run, grid.rooms(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
