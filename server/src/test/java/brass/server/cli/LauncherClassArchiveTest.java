package brass.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.ssh.Capture;
import brass.server.ServerProcess;
import brass.world.build.TestPaths;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/brass} keeps an application class-data archive beside the jar (docs/OPERATIONS.md, "A
 * quicker start"): a server started without one writes it after a clean stop, the next start maps
 * the server's classes from it, and an archive made for another jar, or cut short, is removed and
 * never stops a start. Real launches of the launcher's copy, on a jar of the server's classes (the
 * JVM archives classes from jars only), each server stopped with SIGTERM as a service manager would.
 */
class LauncherClassArchiveTest {

    /** How the JVM's class log names a class it mapped from the application archive. */
    private static final String SHARED = "brass.server.Server source: shared objects file (top)";

    @TempDir
    Path dir;

    private Path launcher;
    private Path cache;

    @Test
    void theFirstCleanStopWritesTheArchiveTheNextStartsUseAndAStaleOrCutShortOneIsReplaced() throws Exception {
        List<Path> folders = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                // This module's tests stay out; every other folder of classes goes into the jar.
                if (!p.getFileName().toString().equals("test-classes")) {
                    folders.add(p);
                }
            } else {
                jars.add(p);
            }
        }
        launcher = LauncherCopy.make(dir.resolve("brass"), folders, jars);
        cache = dir.resolve("brass/server/target");

        String first = start("first", true);
        assertThat(first).doesNotContain(SHARED).contains("brass.server.Server source: file:");
        Path archive = onlyArchive();
        assertThat(Files.size(archive)).as("the length in its name").isEqualTo(lengthInName(archive));
        assertThat(log("first")).contains(" - class archive for quicker starts written in ")
                .contains(": " + archive + "\n");

        assertThat(start("second", false)).as("classes loaded by the second start").contains(SHARED);
        assertThat(log("second")).doesNotContain("class archive");
        assertThat(onlyArchive()).isEqualTo(archive);

        // A rebuilt jar: the archive made for the old one is removed, and a new one made.
        Path jar = cache.resolve("brass.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertThat(start("rebuilt", true)).doesNotContain(SHARED).contains("brass.server.Server source: file:");
        assertThat(archive).doesNotExist();
        Path remade = onlyArchive();
        assertThat(remade).isNotEqualTo(archive);
        assertThat(log("rebuilt")).contains(": " + remade + "\n");

        // Cut short (a disk that filled up, a copy that stopped): the JVM would crash on it, so the
        // launcher removes it, and the server starts without it and writes it whole again.
        byte[] whole = Files.readAllBytes(remade);
        Files.write(remade, Arrays.copyOf(whole, whole.length / 2));
        assertThat(start("cut", true)).doesNotContain(SHARED).contains("brass.server.Server source: file:");
        assertThat(log("cut")).contains(" - class archive for quicker starts written in ");
        Path again = onlyArchive();
        assertThat(Files.size(again)).as("the length in its name").isEqualTo(lengthInName(again))
                .isGreaterThan(whole.length / 2);
    }

    /** The archive files beside the jar: exactly one, whole. */
    private Path onlyArchive() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            List<Path> archives = files.filter(f -> f.getFileName().toString().startsWith("brass-classes-")).toList();
            assertThat(archives).as("the archives beside the jar").hasSize(1);
            assertThat(archives.get(0).getFileName().toString()).matches("brass-classes-[0-9]+-[0-9]+\\.jsa");
            return archives.get(0);
        }
    }

    private static long lengthInName(Path archive) {
        String name = archive.getFileName().toString();
        return Long.parseLong(name.substring(name.lastIndexOf('-') + 1, name.length() - ".jsa".length()));
    }

    private String log(String run) throws IOException {
        return Files.readString(dir.resolve(run + ".out"));
    }

    /**
     * Starts the server through the launcher, waits until it is up, stops it with SIGTERM and
     * waits for a clean exit (and for the archive's line when it {@code writes} one). Returns the
     * JVM's log of where each class came from.
     */
    private String start(String run, boolean writes) throws Exception {
        int[] ports = ServerProcess.freePorts();
        Path classes = dir.resolve(run + ".classes");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "run", "--data", dir.resolve("data").toString(),
                "--world", TestPaths.defaultWorld().toString(), "--telnet-port", Integer.toString(ports[0]),
                "--ssh-port", Integer.toString(ports[1]), "--web-port", "off").redirectErrorStream(true);
        builder.environment().put("BRASS_JAVA_OPTS", "-Xmx256m -Xlog:class+load=info:file=" + classes);
        Process p = builder.start();
        Capture output = new Capture().drain(p.getInputStream(), "launcher-output");
        try {
            output.await(" - Brass is up: telnet on 127.0.0.1:" + ports[0], Duration.ofSeconds(120));
            assertThat(p.toHandle().destroy()).isTrue();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("stopped within 2 minutes").isTrue();
            output.await("Brass stopped cleanly\n");
            if (writes) {
                output.await(".jsa\n");
            }
            assertThat(p.exitValue()).as("exit status").isZero();
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        Files.writeString(dir.resolve(run + ".out"), output.text());
        assertThat(output.text()).doesNotContain("[cds").doesNotContain("hs_err");
        return Files.readString(classes);
    }
}
