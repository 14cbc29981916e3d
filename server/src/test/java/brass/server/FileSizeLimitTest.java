package brass.server;

import brass.protocols.ssh.Capture;
import brass.world.build.TestPaths;
import static org.assertj.core.api.Assertions.assertThat;

import brass.server.persist.SavedThing;
import brass.server.persist.WorldStore;
import brass.server.store.Database;
import brass.world.model.World;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real server process whose files stop growing: {@code prlimit} lowers its file-size limit (what
 * {@code ulimit -f} sets) while it runs, so the kernel refuses H2's writes with EFBIG, "File too
 * large", and H2 closes the database as it does on a full disk. Lifting the limit again is the
 * disk freed. Then SIGTERM: the exit status is 0 only when the final checkpoint was written, and
 * the log says which. Needs Linux and util-linux's prlimit; skipped, saying why, without them.
 */
class FileSizeLimitTest {

    static final String FAILING = "\u001b[0;33mThe server cannot save the world right now. Play on: nothing is lost"
            + " while it\u001b[0m\r\n\u001b[0;33mkeeps running, and it saves everything as soon as it can.\u001b[0m";
    static final String SAVED_AGAIN = "The world is being saved again.";

    @TempDir
    Path dir;

    private static final Path PRLIMIT = Path.of("/usr/bin/prlimit");

    @BeforeEach
    void needsPrlimit() {
        boolean usable = Files.isExecutable(PRLIMIT) && Files.isDirectory(Path.of("/proc/self"));
        if (!usable) {
            System.out.println("FileSizeLimitTest skipped: needs Linux and /usr/bin/prlimit (util-linux) to limit"
                    + " the server's file size; DiskFullTest and DiskFullServerTest cover the same paths in-process");
        }
        Assumptions.assumeTrue(usable, "no prlimit");
    }

    private record Running(Process process, Capture output, int telnet) {
    }

    private Running start() throws Exception {
        int[] ports = ServerProcess.freePorts();
        int telnet = ports[0];
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The log as an operator gets it (the server's own logback.xml, not the tests'), at DEBUG
        // (BRASS_LOG_LEVEL), where the server says each checkpoint it has written.
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=" + FileSizeLimitTest.class.getResource("/logback.xml"),
                "brass.server.cli.BrassCommand", "run", "--data", dir.resolve("data").toString(),
                "--world", TestPaths.defaultWorld().toString(), "--telnet-port", Integer.toString(telnet),
                "--ssh-port", Integer.toString(ports[1]), "--web-port", "off")
                .redirectErrorStream(true);
        builder.environment().put("BRASS_LOG_LEVEL", "DEBUG");
        Process p = builder.start();
        Capture output = new Capture().drain(p.getInputStream(), "server-output");
        try {
            // A cold JVM on a busy machine: as long as the crash test allows.
            output.await("Brass is up", Duration.ofSeconds(120));
        } catch (AssertionError | InterruptedException e) {
            p.destroyForcibly();
            throw e;
        }
        return new Running(p, output, telnet);
    }

    /** Sets the process's file-size limit (soft; the hard one stays), in bytes, or none. */
    private static void fileSizeLimit(Process p, String bytes) throws Exception {
        Process set = new ProcessBuilder(PRLIMIT.toString(), "--pid", Long.toString(p.pid()), "--fsize=" + bytes + ":")
                .inheritIO().start();
        assertThat(set.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(set.exitValue()).isZero();
    }

    private static int stop(Process p) throws Exception {
        // SIGTERM through the handle: Process.destroy() would also close our end of its output.
        assertThat(p.toHandle().destroy()).isTrue();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    private WorldStore.Committed lastCommitted() throws Exception {
        try (Database db = Database.open(Database.h2Url(dir.resolve("data")), "sa", "", 1)) {
            return new WorldStore(db).lastCommitted().orElseThrow();
        }
    }

    private SavedThing row(String id) throws Exception {
        try (Database db = Database.open(Database.h2Url(dir.resolve("data")), "sa", "", 1)) {
            return new WorldStore(db).read().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        }
    }

    /**
     * Alice plays while the server's files may not grow by a byte: she is told, and takes the
     * tankard. The limit comes once the server has said it wrote a checkpoint, so that there is one.
     */
    private static TelnetClient aliceTakesTheTankardWhileFilesMayNotGrow(Running server) throws Exception {
        TelnetClient alice = TelnetClient.createCharacter(server.telnet(), "Alice", "secret12");
        server.output().await(" written: ");
        fileSizeLimit(server.process(), "1");
        alice.await(FAILING);
        alice.send("take tankard");
        alice.await("You take the pewter tankard.");
        return alice;
    }

    @Test
    void savingResumesWhenFilesMayGrowAgainAndTheStopSaysTheWorldWasSaved() throws Exception {
        Running server = start();
        try (TelnetClient alice = aliceTakesTheTankardWhileFilesMayNotGrow(server)) {
            fileSizeLimit(server.process(), "unlimited");
            alice.await(SAVED_AGAIN);
        } finally {
            assertThat(stop(server.process())).as("exit status").isZero();
        }
        // The last line: what the process printed before it is all read.
        server.output().await("Brass stopped cleanly\n");
        WorldStore.Committed last = lastCommitted();
        String log = server.output().text();
        assertThat(log).contains("world saved: the final checkpoint (#" + last.sequence() + " since start) was written at "
                + last.takenAt() + "\n").contains("Brass stopped cleanly\n");
        assertThat(row("tankard").location()).isEqualTo(World.playerId("Alice"));
    }

    @Test
    void aStopWhileFilesMayNotGrowSaysTheWorldWasNotSavedAndExitsWithOne() throws Exception {
        Running server = start();
        try (TelnetClient alice = aliceTakesTheTankardWhileFilesMayNotGrow(server)) {
            alice.send("inventory");
            alice.await("You are carrying a pewter tankard.");
        } finally {
            assertThat(stop(server.process())).as("exit status").isEqualTo(1);
        }
        server.output().await("Brass stopped, but the world was NOT saved (see above)\n");
        WorldStore.Committed last = lastCommitted();
        String log = server.output().text();
        assertThat(log).contains("world NOT saved: the final checkpoint failed (the database file cannot be written"
                        + " (File too large)); the last checkpoint written was at " + last.takenAt() + " (#"
                        + last.sequence() + " since start): what changed after it is lost\n")
                .contains("Brass stopped, but the world was NOT saved (see above)\n")
                .doesNotContain("world saved").doesNotContain("stopped cleanly");
        // Truthful: what happened after the last checkpoint written is not in the database.
        assertThat(row("tankard").location()).isEqualTo("long-table");
    }
}
