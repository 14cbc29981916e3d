package brass.server.cli;

import brass.world.files.CheckResult;
import brass.world.files.WorldChecker;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code brass check WORLD}: every problem in a world folder at once. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a world folder and reports every problem at once.",
                "Each problem is one line, 'file:line:column: error|warning: what is wrong', with a suggestion"
                        + " where there is one.",
                "Exits 0 when there are no errors (warnings allowed), 1 when there are."})
public final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "WORLD", arity = "0..1", description = "World folder (default: worlds/default/).")
    Path world;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = world != null ? world : BrassCommand.home().resolve("worlds").resolve("default");
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println("brass check: " + folder + " is not a folder");
            return 1;
        }
        CheckResult result = WorldChecker.check(folder);
        out.print(result.report());
        out.flush();
        return result.exitCode();
    }
}
