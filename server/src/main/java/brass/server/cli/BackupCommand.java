package brass.server.cli;

import brass.server.config.ServerConfig;
import brass.server.store.BackupPort;
import brass.server.store.Database;
import brass.server.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code brass backup}: an online backup of the embedded database, safe while the server runs
 * (the embedded database lets a second process in through its automatic server mode).
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent backup of the embedded H2 database to a zip file, while the server",
                "runs or not (a running server is reached through its loopback-only backup port).",
                "Restore it with 'brass restore FILE' (server stopped); see docs/OPERATIONS.md.",
                "For PostgreSQL, use pg_dump instead."})
public final class BackupCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options = new ServerOptions();

    @Option(names = "--to", paramLabel = "FILE",
            description = "Backup file (default: DATA/backups/brass-YYYYMMDD-HHMMSS.zip).")
    Path to;

    @Override
    public Integer call() {
        ServerConfig config = options.loadOrReport("backup");
        if (config == null) {
            return 1;
        }
        if (!config.database().isBlank()) {
            System.err.println("brass backup: the database is " + config.database()
                    + "; back it up with that database's own tools (pg_dump for PostgreSQL)");
            return 1;
        }
        if (!Files.exists(config.dataDir().resolve("brass.mv.db"))) {
            System.err.println("brass backup: there is no database in " + config.dataDir() + " yet");
            return 1;
        }
        Path file = to != null ? to : config.dataDir().resolve("backups").resolve(
                "brass-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            // A running server is asked through its loopback backup port; otherwise the file is opened.
            String url = BackupPort.urlOfRunningServer(config.dataDir()).orElse(config.jdbcUrl());
            try (Database db = Database.open(url, config.databaseUser(), config.databasePassword(), 1)) {
                db.inTransaction(c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
                    }
                    return null;
                });
            }
        } catch (StoreException e) {
            System.err.println("brass backup: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("brass backup: the backup failed: " + e.getMessage());
            return 1;
        }
        System.out.println("backup written: " + file.toAbsolutePath());
        return 0;
    }
}
