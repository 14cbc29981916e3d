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
        CommandLine commandLine = new CommandLine(new BrassCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        // Made here from Setting, not written in the annotations, so that the help lists exactly
        // the settings the loader reads. Picocli formats these lines, so a '%' would need doubling.
        commandLine.getSubcommands().get("run").getCommandSpec().usageMessage()
                .footer(SettingsHelp.footer().toArray(String[]::new));
        commandLine.getCommandSpec().usageMessage().footer("", "Every setting brass.yaml takes, with its default:"
                + " brass run --help.");
        return commandLine;
    }

    public static void main(String[] args) {
        if (EarlyLogging.runsTheServer(args)) {
            EarlyLogging.begin();
        }
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
