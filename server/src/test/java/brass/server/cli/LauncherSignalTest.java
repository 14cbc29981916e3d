package brass.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.ssh.Capture;
import brass.server.ServerProcess;
import brass.server.persist.WorldStore;
import brass.server.store.Database;
import brass.world.build.TestPaths;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /**
     * A copy of the checkout's {@code bin/brass} in a folder of its own, beside a
     * {@code server/target/brass.jar} whose manifest names this JVM's class path, and no sources:
     * the launcher finds nothing to build and runs that jar, as it runs the one Maven builds.
     */
    private Path launcher() throws Exception {
        Path root = dir.resolve("brass");
        Path script = root.resolve("bin/brass");
        Files.createDirectories(script.getParent());
        Files.copy(TestPaths.repositoryRoot().resolve("bin/brass"), script);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        // The folders the launcher looks in for sources newer than the jar: the modules, empty here.
        try (Stream<Path> modules = Files.list(TestPaths.repositoryRoot())) {
            for (Path module : modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml"))).toList()) {
                Files.createDirectories(root.resolve(module.getFileName().toString()));
            }
        }
        Files.createDirectories(root.resolve("server/target"));
        Path pom = Files.createFile(root.resolve("pom.xml"));
        Files.setLastModifiedTime(pom, FileTime.fromMillis(0));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, BrassCommand.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .map(entry -> Path.of(entry).toUri().toString()).collect(Collectors.joining(" ")));
        try (OutputStream jar = new JarOutputStream(Files.newOutputStream(root.resolve("server/target/brass.jar")),
                manifest)) {
            jar.flush();
        }
        return script;
    }

    @Test
    void aSigtermToTheLauncherWhileTheServerStartsStopsItCleanlyOnceItIsUp() throws Exception {
        Path data = dir.resolve("data");
        int[] ports = ServerProcess.freePorts();
        Process p = new ProcessBuilder(launcher().toString(), "run", "--data", data.toString(),
                "--world", TestPaths.defaultWorld().toString(), "--telnet-port", Integer.toString(ports[0]),
                "--ssh-port", Integer.toString(ports[1]), "--web-port", "off")
                .redirectErrorStream(true).start();
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
