package brass.server.cli;

import brass.world.console.Console;
import brass.world.demo.DemoWorld;
import brass.world.markup.Markup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code brass console}: play a world in this terminal, alone, with no network. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Plays a world in this terminal as one player, through the same engine as the server,",
                "with no network: a world-builder's quickest way to try a world. 'quit' or end of input leaves."})
public final class ConsoleCommand implements Callable<Integer> {

    @Option(names = "--world", paramLabel = "DIR", description = "World folder (default: worlds/default/).")
    Path world;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "Tester",
            description = "Your character's name (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() throws Exception {
        return Console.play(DemoWorld.create(), System.in, System.out, Markup::strip, name);
    }
}
