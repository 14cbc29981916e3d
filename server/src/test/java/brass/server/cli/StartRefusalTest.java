package brass.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.build.TestPaths;
import brass.server.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code brass run} refuses to start, with exit status 1: with the checker's whole report when the
 * world has errors, and with one line when the data folder, the database or the SSH host key
 * cannot be read or written: a server that came up anyway would fail every checkpoint, or show
 * players a new host key on every start. Each case runs the real command
 * in its own process, as an operator would. Tests run as root in CI, which ignores permission bits,
 * so the cases are made of what fails for root too (a file where a folder should be, a folder where
 * a file should be, a key file that holds no key, a database H2 opens read-only); the permission
 * case is skipped as root, saying why.
 */
class StartRefusalTest {

    @TempDir
    Path dir;

    private record Outcome(int status, String output) {
    }

    private Outcome run(String... args) throws Exception {
        return runWorld(TestPaths.defaultWorld(), args);
    }

    private Outcome runWorld(Path world, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "brass.server.cli.BrassCommand", "run", "--world", world.toString(),
                "--telnet-port", "0", "--ssh-port", "0", "--web-port", "off"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        CompletableFuture<Void> up = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.contains("Brass is up")) {
                        up.complete(null);
                    }
                }
            } catch (IOException ended) {
                // the process is gone
            }
        }, "refusal-output");
        reader.start();
        try {
            // A refusal ends the process; a server that came up would run until stopped.
            CompletableFuture.anyOf(p.onExit(), up).get(120, TimeUnit.SECONDS);
            if (up.isDone()) {
                throw new AssertionError("the server started instead of refusing:\n" + output);
            }
            reader.join(30_000);
            synchronized (output) {
                return new Outcome(p.exitValue(), output.toString());
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void assertRefused(Outcome o, String line) {
        assertThat(o.output()).as("the output").contains("\nbrass: " + line + "\n").doesNotContain("Brass is up")
                .doesNotContain("\tat ");
        assertThat(o.status()).as("the exit status").isEqualTo(1);
    }

    @Test
    void aWorldWithErrorsPrintsTheCheckersWholeReport() throws Exception {
        Path world = Files.createDirectories(dir.resolve("world"));
        Files.writeString(world.resolve("world.yaml"), "name: Test\nstart: hall\n");
        Files.writeString(world.resolve("a.yaml"), "rooms:\n  hall: {description: x, dark: maybe, exits: {noth: hall}}\n");
        Path data = dir.resolve("data");
        Outcome o = runWorld(world, "--data", data.toString());
        assertThat(o.output()).as("the output").endsWith("brass: the world in " + world + " has errors; not starting:\n"
                + world.resolve("a.yaml") + ":2:32: error: 'dark' of room 'hall' must be true or false, found 'maybe'\n"
                + world.resolve("a.yaml") + ":2:47: warning: exit 'noth' of room 'hall' is not a direction, so it is"
                + " a named exit; did you mean 'north'?\n"
                + world + ": 1 error, 1 warning\n");
        assertThat(o.status()).as("the exit status").isEqualTo(1);
        assertThat(data.resolve("brass.mv.db")).doesNotExist();
    }

    @Test
    void aFileWhereTheDataFolderShouldBe() throws Exception {
        Path data = dir.resolve("data");
        Files.writeString(data, "not a folder");
        assertRefused(run("--data", data.toString()),
                "the data folder " + data + " is not a folder (a file of that name is in the way)");
    }

    @Test
    void aFileWhereAFolderOnTheWayToTheDataFolderShouldBe() throws Exception {
        Path file = dir.resolve("file");
        Files.writeString(file, "not a folder");
        Path data = file.resolve("data");
        assertRefused(run("--data", data.toString()), "cannot create the data folder " + data + ": Not a directory");
    }

    @Test
    void aFolderWhereTheDatabaseFileShouldBe() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("brass.mv.db"));
        assertRefused(run("--data", data.toString()),
                data.resolve("brass.mv.db") + " is not a file (a folder of that name is in the way)");
    }

    @Test
    void aHostKeyFileThatHoldsNoKeyIsKeptAndNothingIsOpened() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path key = data.resolve("ssh_host_key");
        Files.writeString(key, "garbage\n");
        assertRefused(run("--data", data.toString()), "the SSH host key " + key + " holds no key: it is kept as it"
                + " is, so that players' clients go on trusting this server; restore it from a backup, or move it"
                + " aside to make a new key (clients will then warn that the host key changed)");
        assertThat(Files.readString(key)).isEqualTo("garbage\n");
        assertThat(data.resolve("brass.mv.db")).doesNotExist();
    }

    @Test
    void aDatabaseThatCanOnlyBeRead() throws Exception {
        Path data = dir.resolve("data");
        // A database made as usual, then opened the way H2 opens a file it may not write: read-only.
        Database.open(Database.h2Url(data), "sa", "", 1).close();
        Path config = dir.resolve("brass.yaml");
        Files.writeString(config, "database: \"" + Database.h2Url(data) + ";ACCESS_MODE_DATA=r\"\n");
        assertRefused(run("--data", data.toString(), "--config", config.toString()), "the database "
                + data.toAbsolutePath().resolve("brass") + ".mv.db can only be read, not written (is the file, its"
                + " folder or the file system read-only?): every checkpoint would fail");
    }

    @Test
    void aDataFolderTheServerMayNotWrite() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            System.out.println("StartRefusalTest: running as root, which writes whatever the permission bits say;"
                    + " a folder it may not write cannot be made here, so this case is skipped (the same refusal,"
                    + " after a write that fails, is covered by the other cases and DataFolderTest)");
        }
        Assumptions.assumeFalse(root, "root ignores permission bits");
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertRefused(run("--data", data.toString()),
                    "cannot write in the data folder " + data + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
