package brass.world.behaviour.standard;

import brass.engine.reactor.ManualReactor;
import brass.world.build.TestPaths;
import brass.world.build.WorldBuilder;
import brass.world.build.Worlds;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.model.World;
import brass.world.reload.Reloader;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** A world folder built and run as a server runs it: a Reloader with the standard behaviours, on the manual clock. */
final class ReloadableWorld {

    final ManualReactor reactor = new ManualReactor();
    final WorldDefinition definition;
    final World world;
    final Game game;
    final Reloader reloader;

    ReloadableWorld(Path folder, long seed) {
        definition = Worlds.definition(folder);
        world = WorldBuilder.build(definition);
        game = new Game(world, reactor);
        reloader = Reloader.start(game, folder, definition, StandardBehaviours.registry(), new SplittableRandom(seed));
    }

    /** The default world, the Tinker's Rest. */
    static ReloadableWorld defaultWorld(long seed) {
        return new ReloadableWorld(TestPaths.defaultWorld(), seed);
    }

    /** Applies the same files again, as a builder's {@code reload} with nothing changed does. */
    void reloadUnchanged() {
        reloader.apply(definition);
    }
}
