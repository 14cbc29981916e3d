package brass.server.cli;

import brass.server.config.ServerConfig;
import brass.server.control.ControlClient;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.h2.tools.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code brass restore FILE}: puts a backup back, with the server stopped. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replaces the embedded database in the data folder with a backup made by 'brass backup'.",
                "Stop the server first. The database it replaces is kept beside it as brass.mv.db.before-restore-*."})
public final class RestoreCommand implements Callable<Integer> {

    @Mixin
    ServerOptions options = new ServerOptions();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup zip file.")
    Path backup;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config = options.loadOrReport("restore", err);
        if (config == null) {
            return 1;
        }
        if (!Files.isRegularFile(backup)) {
            err.println("brass restore: " + backup + " is not a file");
            return 1;
        }
        Path data = config.dataDir();
        Path current = data.resolve("brass.mv.db");
        try {
            Files.createDirectories(data);
            if (ControlClient.running(data)) {
                err.println("brass restore: a server is running on " + data + ": stop it first");
                return 1;
            }
            if (Files.exists(current)) {
                Path aside = data.resolve("brass.mv.db.before-restore-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
                out.println("the old database is kept as " + aside);
            }
            Restore.execute(backup.toAbsolutePath().toString(), data.toAbsolutePath().toString(), "brass");
        } catch (Exception e) {
            err.println("brass restore: " + e.getMessage());
            return 1;
        }
        out.println("restored " + backup + " into " + data);
        return 0;
    }
}
