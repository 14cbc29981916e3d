package brass.server.cli;

import brass.world.transcript.TranscriptRunner;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code brass test WORLD}: runs the world's transcript tests. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs every *.transcript in a world folder against a fresh copy of the world, on a manual"
                + " clock with seeded randomness, and prints a diff for each failure.",
                "Exits 0 when all pass, 1 when any fails or the world has errors. The format is in docs/WORLD-FILES.md."})
public final class TestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "WORLD", arity = "0..1", description = "World folder (default: worlds/default/).")
    Path world;

    @Override
    public Integer call() {
        Path folder = world != null ? world : BrassCommand.home().resolve("worlds").resolve("default");
        return TranscriptRunner.test(folder, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }
}
