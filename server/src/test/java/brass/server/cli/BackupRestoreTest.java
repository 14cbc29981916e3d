package brass.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.server.Server;
import brass.server.TestWorlds;
import brass.server.config.ServerConfig;
import brass.server.store.Database;
import brass.server.store.JdbcAccountStore;
import brass.world.build.Behaviours;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {

    @TempDir
    Path dir;

    @Test
    void anOnlineBackupRestoresAfterTheDataIsLost() throws Exception {
        Path data = dir.resolve("data");
        ServerConfig d = ServerConfig.defaults(dir);
        ServerConfig config = new ServerConfig(data, TestWorlds.defaultWorld(), "127.0.0.1", 0, 0, d.lagWarn(),
                java.time.Duration.ZERO, "", "sa", "", d.idleTimeout(), d.linkDeadGrace(), d.checkpointEvery(), true,
                d.loginTimeout(), d.maxConnectionsPerIp(), d.maxConnections());
        Path zip = dir.resolve("backup.zip");
        try (Server server = new Server(config, Behaviours.standard())) {
            server.start();
            // An account made while the server runs is in the backup taken while it runs.
            try (Database direct = Database.open("jdbc:h2:tcp://127.0.0.1:"
                    + Files.readString(data.resolve("brass.tcp")).strip() + "/brass", "sa", "", 1)) {
                ManualReactor r = new ManualReactor();
                CompletableFuture<?> made = new JdbcAccountStore(direct, r).create("Ada", "h").toCompletableFuture();
                r.runUntilIdle();
                assertThat(made).isDone();
            }
            int code = BrassCommand.commandLine().execute("backup", "--data", data.toString(), "--to", zip.toString());
            assertThat(code).isZero();
            assertThat(zip).exists();
            assertThat(BrassCommand.commandLine().execute("restore", "--data", data.toString(), zip.toString()))
                    .as("restore refuses while the server runs").isEqualTo(1);
        }
        Files.delete(data.resolve("brass.mv.db"));
        assertThat(BrassCommand.commandLine().execute("restore", "--data", data.toString(), zip.toString())).isZero();
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 1)) {
            ManualReactor r = new ManualReactor();
            CompletableFuture<?> found = new JdbcAccountStore(db, r).find("ada").toCompletableFuture();
            r.runUntilIdle();
            assertThat(found).isDone();
            assertThat((java.util.Optional<?>) found.join()).isPresent();
        }
    }
}
