package brass.server.cli;

import brass.server.config.ServerConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.h2.tools.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code brass restore FILE}: puts a backup back, with the server stopped. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the embedded database in the data folder with a backup made by 'brass backup'.",
                "Stop the server first. The database it replaces is kept beside it as brass.mv.db.before-restore-*."})
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options = new ServerOptions();

    @Parameters(paramLabel = "FILE", description = "The backup zip file.")
    Path backup;

    @Override
    public Integer call() {
        ServerConfig config = options.loadOrReport("restore");
        if (config == null) {
            return 1;
        }
        if (!Files.isRegularFile(backup)) {
            System.err.println("brass restore: " + backup + " is not a file");
            return 1;
        }
        Path data = config.dataDir();
        Path current = data.resolve("brass.mv.db");
        try {
            Files.createDirectories(data);
            if (brass.server.store.BackupPort.urlOfRunningServer(data).isPresent()) {
                System.err.println("brass restore: a server is running on " + data + ": stop it first");
                return 1;
            }
            if (Files.exists(current)) {
                Path aside = data.resolve("brass.mv.db.before-restore-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
                System.out.println("the old database is kept as " + aside);
            }
            Restore.execute(backup.toAbsolutePath().toString(), data.toAbsolutePath().toString(), "brass");
        } catch (Exception e) {
            System.err.println("brass restore: " + e.getMessage());
            return 1;
        }
        System.out.println("restored " + backup + " into " + data);
        return 0;
    }
}
