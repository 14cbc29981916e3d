package brass.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.ssh.Capture;
import brass.server.ServerProcess;
import brass.server.persist.WorldStore;
import brass.server.store.Database;
import brass.world.build.TestPaths;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -TERM} of the pid a service manager knows, {@code bin/brass}'s, stops the server
 * cleanly with its final checkpoint, even while it is still starting: the launcher {@code exec}s
 * Java (the signal reaches the JVM, not a shell that would die and leave it running), and the
 * server's shutdown hook is in place before the start, and waits for it.
 */
class LauncherSignalTest {

    @TempDir
    Path dir;

    /** The launcher with a jar whose manifest names this JVM's class path. */
    private Path launcher() throws Exception {
        return LauncherCopy.make(dir.resolve("brass"), List.of(),
                Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of).toList());
    }

    @Test
    void aSigtermToTheLauncherWhileTheServerStartsStopsItCleanlyOnceItIsUp() throws Exception {
        Path data = dir.resolve("data");
        int[] ports = ServerProcess.freePorts();
        ProcessBuilder builder = new ProcessBuilder(launcher().toString(), "run", "--data", data.toString(),
                "--world", TestPaths.defaultWorld().toString(), "--telnet-port", Integer.toString(ports[0]),
                "--ssh-port", Integer.toString(ports[1]), "--web-port", "off")
                .redirectErrorStream(true);
        // The class path holds folders of classes, which the JVM cannot archive: the class archive
        // is LauncherClassArchiveTest's, on jars.
        builder.environment().put("BRASS_CLASS_ARCHIVE", "off");
        Process p = builder.start();
        Capture output = new Capture().drain(p.getInputStream(), "launcher-output");
        // A JVM the launcher did not exec would be its child, and would outlive it.
        List<ProcessHandle> children = List.of();
        try {
            // The server's first line: the world is loaded, the database and the listeners are not yet open.
            output.await(" - world: The Tinker's Rest", Duration.ofSeconds(120));
            children = p.toHandle().descendants().toList();
            // SIGTERM to the launcher's pid (through the handle: Process.destroy() would close our end of its output).
            assertThat(p.toHandle().destroy()).isTrue();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("stopped within 2 minutes").isTrue();
            assertThat(p.exitValue()).as("exit status").isZero();
            output.await("Brass stopped cleanly\n");
        } finally {
            // Never leave a server running, whatever failed.
            children.forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        WorldStore.Committed last;
        try (Database db = Database.open(Database.h2Url(data), "sa", "", 1)) {
            last = new WorldStore(db).lastCommitted().orElseThrow();
        }
        assertThat(output.text())
                .contains(" - Shutdown requested (Ctrl-C or SIGTERM) while starting: stopping once started\n")
                .contains(" - Brass is up: telnet on 127.0.0.1:" + ports[0])
                .contains(" - world saved: the final checkpoint (#" + last.sequence() + " since start) was written at "
                        + last.takenAt() + "\n")
                .endsWith(" - Brass stopped cleanly\n")
                .doesNotContain("brass: building").doesNotContain("find: ");
    }
}
