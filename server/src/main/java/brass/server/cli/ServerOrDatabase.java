package brass.server.cli;

import brass.server.config.ServerConfig;
import brass.server.control.ControlClient;
import brass.server.control.ControlReply;
import brass.server.store.Database;
import brass.server.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * How an operator's command reaches the data: through the running server's control channel
 * when a server runs on the data folder (it alone holds the database), else on the database
 * directly. Either way the operator reads the same answer.
 */
final class ServerOrDatabase {

    /** The same work done on a stopped server's database. */
    @FunctionalInterface
    interface Offline {
        ControlReply run(Database db) throws Exception;
    }

    private ServerOrDatabase() {
    }

    /**
     * Runs {@code operation} and prints its answer: to {@code out} when it was done, else to
     * {@code err} as {@code brass COMMAND: text}. Returns the exit code (0 done, 1 not).
     */
    static int run(ServerConfig config, String command, PrintWriter out, PrintWriter err,
                   String operation, List<String> arguments, Offline offline) {
        ControlReply reply;
        try {
            Optional<ControlReply> online = ControlClient.ask(config.dataDir(), operation, arguments);
            if (online.isPresent()) {
                reply = online.get();
            } else if (config.database().isBlank() && !Files.exists(config.dataDir().resolve("brass.mv.db"))) {
                reply = ControlReply.error("there is no database in " + config.dataDir() + " yet");
            } else {
                try (Database db = Database.open(config.jdbcUrl(), config.databaseUser(), config.databasePassword(), 1)) {
                    reply = offline.run(db);
                }
            }
        } catch (ControlClient.ControlException | StoreException e) {
            reply = ControlReply.error(e.getMessage());
        } catch (Exception e) {
            reply = ControlReply.error(operation + " failed: " + e.getMessage());
        }
        if (reply.isOk()) {
            out.println(reply.text());
            return 0;
        }
        err.println("brass " + command + ": " + reply.text());
        return 1;
    }
}
