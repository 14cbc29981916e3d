package brass.server.cli;

import brass.server.config.ConfigException;
import brass.server.config.ConfigLoader;
import brass.server.config.ServerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The server's flags, shared by {@code brass} and {@code brass run}. */
public final class ServerOptions {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder for the database, the SSH host key and backups (default: data/).")
    Path data;

    @Option(names = "--world", paramLabel = "DIR",
            description = "World folder to play (default: worlds/default/).")
    Path world;

    @Option(names = "--telnet-port", paramLabel = "N",
            description = "Telnet port; 0 picks a free one (default: 4000).")
    Integer telnetPort;

    @Option(names = "--ssh-port", paramLabel = "N",
            description = "SSH port; 0 picks a free one (default: 2222).")
    Integer sshPort;

    @Option(names = "--web-port", paramLabel = "N",
            description = "Web client port (its page and WebSocket); off for none, 0 picks a free one (default: 8080).")
    String webPort;

    @Option(names = "--bind", paramLabel = "ADDR",
            description = "Address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for everyone).")
    String bind;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: brass.yaml in the current folder or beside bin/brass, if"
                    + " present). 'brass run --help' lists every setting it takes, with its default.")
    Path config;

    /** Merges these flags with {@code brass.yaml} and the defaults. */
    public ServerConfig load(Path home) throws ConfigException {
        Path file = config;
        boolean required = config != null;
        if (file == null) {
            Path here = Path.of("brass.yaml");
            file = here.toFile().isFile() ? here : home.resolve("brass.yaml");
        }
        return ConfigLoader.load(home, file, required,
                new ConfigLoader.Overrides(data, world, bind, telnetPort, sshPort, webPort));
    }

    /**
     * Loads the settings for a subcommand, or prints why they cannot be used (as
     * {@code brass COMMAND: message}) to {@code err} and returns null.
     */
    public ServerConfig loadOrReport(String command, PrintWriter err) {
        try {
            return load(BrassCommand.home());
        } catch (ConfigException e) {
            err.println("brass " + command + ": " + e.getMessage());
            return null;
        }
    }
}
