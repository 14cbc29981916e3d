package brass.server.cli;

import brass.load.LoadCommand;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code brass}: the one command operators and world-builders use. Bare {@code brass} runs the server. */
@Command(name = "brass",
        mixinStandardHelpOptions = true,
        versionProvider = BrassCommand.Version.class,
        description = {"Brass: a multiplayer text-adventure engine.", "",
                "With no subcommand, runs the server on the embedded defaults (same as 'brass run')."},
        subcommands = {RunCommand.class, ConsoleCommand.class, CheckCommand.class, TestCommand.class,
                BackupCommand.class, RestoreCommand.class, AdminCommand.class, LoadCommand.class,
                CommandLine.HelpCommand.class})
public final class BrassCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options = new ServerOptions();

    @Override
    public Integer call() throws Exception {
        RunCommand run = new RunCommand();
        run.options = options;
        return run.call();
    }

    /** Where the launcher lives: relative default folders are resolved against it. */
    static Path home() {
        return Path.of(System.getProperty("brass.home", ".")).toAbsolutePath().normalize();
    }

    public static CommandLine commandLine() {
        return new CommandLine(new BrassCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = BrassCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Brass " + (v == null ? "(development build)" : v)};
        }
    }
}
