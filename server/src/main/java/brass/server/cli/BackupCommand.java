package brass.server.cli;

import brass.server.config.ServerConfig;
import brass.server.control.Operations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code brass backup}: a consistent backup of the embedded database, taken by the running
 * server through its control channel, or from the database file when no server runs.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent backup of the embedded H2 database to a zip file, while the server"
                + " runs or not.",
                "A running server writes the backup itself when asked through its control channel, which only"
                        + " the user it runs as can use; a stopped server's database file is read directly.",
                "Restore it with 'brass restore FILE' with the server stopped; see docs/OPERATIONS.md.",
                "For PostgreSQL, use pg_dump instead."})
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options = new ServerOptions();

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "FILE",
            description = "Backup file (default: DATA/backups/brass-YYYYMMDD-HHMMSS.zip).")
    Path to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config = options.loadOrReport("backup", err);
        if (config == null) {
            return 1;
        }
        if (!config.database().isBlank()) {
            err.println("brass backup: " + Operations.POSTGRES_BACKUP);
            return 1;
        }
        Path file = (to != null ? to : config.dataDir().resolve("backups").resolve(
                "brass-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip"))
                .toAbsolutePath().normalize();
        return ServerOrDatabase.run(config, "backup", out, err, "backup", List.of(file.toString()), db -> {
            db.backupTo(file);
            return Operations.backupWritten(file);
        });
    }
}
