package brass.server.cli;

import brass.world.console.Console;
import brass.engine.reactor.EventLoopReactor;
import brass.world.behaviour.BehaviourRegistry;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldBuilder;
import brass.world.build.WorldLoadException;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.reload.ReloadCommand;
import brass.world.reload.Reloader;
import brass.world.reset.ResetCommand;
import brass.world.talk.TalkCommands;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import brass.world.build.Worlds;
import brass.world.files.WorldChecker;
import brass.world.model.World;
import brass.world.markup.Markup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brass console}: play a world in this terminal, alone, with no network. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Plays a world in this terminal as one player, through the same engine as the server, with no"
                + " network: a world-builder's quickest way to try a world.",
                "'quit' or end of input leaves."})
public final class ConsoleCommand implements Callable<Integer> {

    @Option(names = "--world", paramLabel = "DIR", description = "World folder (default: worlds/default/).")
    Path world;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "Tester",
            description = "Your character's name (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() throws Exception {
        Path folder = world != null ? world : BrassCommand.home().resolve("worlds").resolve("default");
        BehaviourRegistry behaviours = StandardBehaviours.registry();
        WorldDefinition definition;
        try {
            definition = Worlds.definition(folder, new WorldChecker(behaviours));
        } catch (WorldLoadException e) {
            System.err.println("brass console: the world in " + folder + " has errors:");
            System.err.print(e.getMessage());
            return 1;
        }
        World world = WorldBuilder.build(definition);
        EventLoopReactor reactor = new EventLoopReactor().start();
        try {
            Game game = reactor.call(() -> {
                Game g = new Game(world, reactor);
                // In the console you are the builder: 'reload' re-reads the folder.
                Reloader reloader = Reloader.start(g, folder, definition, behaviours, new SplittableRandom());
                ReloadCommand.install(g, reloader);
                ResetCommand.install(g, reloader.resets(), actor -> true);
                TalkCommands.install(g, reloader::definition, () -> reloader.reactions().conditions());
                return g;
            }).get(30, TimeUnit.SECONDS);
            return new Console(reactor, game, System.in, System.out, Markup::strip, name).run();
        } finally {
            reactor.shutdown().get(30, TimeUnit.SECONDS);
        }
    }
}
