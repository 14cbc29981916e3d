package brass.server.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets {@code brass backup} reach the embedded database while the server holds it open: the
 * server starts H2's TCP server on loopback only, on a free port, and writes the port to
 * {@code DATA/brass.tcp}; the backup command connects there and runs {@code BACKUP TO} inside
 * the server's own database. (H2's automatic mixed mode would do the same but cannot be combined
 * with keeping the database open until the final checkpoint is written.)
 */
public final class BackupPort implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackupPort.class);

    private final org.h2.tools.Server tcp;
    private final Path portFile;

    private BackupPort(org.h2.tools.Server tcp, Path portFile) {
        this.tcp = tcp;
        this.portFile = portFile;
    }

    /** Opens the port for the database in {@code dataDir}; on failure logs and returns null. */
    public static BackupPort open(Path dataDir) {
        try {
            org.h2.tools.Server tcp = org.h2.tools.Server.createTcpServer(
                    "-tcpPort", "0", "-baseDir", dataDir.toAbsolutePath().toString()).start();
            Path file = dataDir.resolve("brass.tcp");
            Files.writeString(file, Integer.toString(tcp.getPort()), StandardCharsets.UTF_8);
            return new BackupPort(tcp, file);
        } catch (SQLException | java.io.IOException e) {
            log.warn("online backups are unavailable: {}", e.getMessage());
            return null;
        }
    }

    /** The URL through which a running server's database can be reached, if one is running. */
    public static Optional<String> urlOfRunningServer(Path dataDir) {
        Path file = dataDir.resolve("brass.tcp");
        try {
            int port = Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip());
            try (java.net.Socket probe = new java.net.Socket("127.0.0.1", port)) {
                return Optional.of("jdbc:h2:tcp://127.0.0.1:" + port + "/brass;IFEXISTS=TRUE");
            }
        } catch (Exception absentOrStale) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        tcp.stop();
        try {
            Files.deleteIfExists(portFile);
        } catch (java.io.IOException e) {
            log.warn("could not remove {}: {}", portFile, e.getMessage());
        }
    }
}
