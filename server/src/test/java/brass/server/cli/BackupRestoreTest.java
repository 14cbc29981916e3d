package brass.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.account.Account;
import brass.server.store.Database;
import brass.server.store.JdbcAccountStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code brass backup} and {@code brass restore} with no server running (ServerControlTest: with one). */
class BackupRestoreTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int brass(String... args) {
        CommandLine cli = BrassCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Optional<Account> find(Path data, String name) throws Exception {
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 1)) {
            ManualReactor r = new ManualReactor();
            CompletableFuture<Optional<Account>> found = new JdbcAccountStore(db, r).find(name).toCompletableFuture();
            r.runUntilIdle();
            return found.join();
        }
    }

    @Test
    void aBackupOfAStoppedServerRestoresAfterTheDataIsLost() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 1)) {
            ManualReactor r = new ManualReactor();
            new JdbcAccountStore(db, r).create("Ada", "h");
            r.runUntilIdle();
        }
        Path zip = dir.resolve("backup.zip");
        assertThat(brass("backup", "--data", data.toString(), "--to", zip.toString())).isZero();
        assertThat(out.toString()).isEqualTo("backup written: " + zip.toAbsolutePath() + "\n");
        assertThat(err.toString()).isEmpty();

        Files.delete(data.resolve("brass.mv.db"));
        assertThat(brass("restore", "--data", data.toString(), zip.toString())).isZero();
        assertThat(find(data, "ada")).map(Account::name).contains("Ada");
    }

    @Test
    void thereIsNothingToBackUpBeforeTheFirstStart() {
        Path data = dir.resolve("data");
        assertThat(brass("backup", "--data", data.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("brass backup: there is no database in " + data + " yet\n");
        assertThat(data.resolve("brass.mv.db")).doesNotExist();
    }

    @Test
    void withPostgreSqlBackupSaysToUsePgDump() throws Exception {
        Path config = dir.resolve("brass.yaml");
        Files.writeString(config, "database: jdbc:postgresql://127.0.0.1:5432/brass?password=hidden\n");
        assertThat(brass("backup", "--config", config.toString(), "--data", dir.resolve("data").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).isEqualTo("brass backup: the database is not the embedded H2 one: back PostgreSQL"
                + " up with pg_dump (and restore it with pg_restore); brass backup copies only the embedded"
                + " database\n");
    }
}
