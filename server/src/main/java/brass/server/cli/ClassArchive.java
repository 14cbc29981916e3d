package brass.server.cli;

import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import javax.management.ObjectName;
import org.slf4j.Logger;

/**
 * The application class-data archive that makes the next start quicker: the classes this server
 * loaded, already parsed and verified, which the JVM maps at start instead of reading them from
 * the jars (about a third of a start). {@code bin/brass} asks for one, by naming the file in
 * {@value #PROPERTY}, when it has none for this jar and this JVM; the server writes it after a
 * clean stop, so it holds the classes of a whole start and a run, never those of a refused one.
 *
 * <p>The JVM maps the archive without checking its length, and a cut-short archive crashes it
 * however {@code -Xshare} is set. So the file is written under a name of its own, synced, and
 * only then renamed to a name that ends in its length, which the launcher compares with the
 * file's before it uses it.
 */
final class ClassArchive {

    /** The system property {@code bin/brass} names the archive in, without its length and {@code .jsa}. */
    static final String PROPERTY = "brass.class-archive";

    private ClassArchive() {
    }

    /** Writes the archive when the launcher asked for one; a failure only means the next start is slower. */
    static void saveIfAsked(Logger log) {
        String asked = System.getProperty(PROPERTY, "");
        if (asked.isBlank()) {
            return;
        }
        Path stem = Path.of(asked);
        Path part = stem.resolveSibling(stem.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        long started = System.nanoTime();
        try {
            // jcmd's VM.cds dynamic_dump, from inside: the JVM was started with -XX:+RecordDynamicDumpInfo.
            Object said = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmCds",
                    new Object[] {new String[] {"dynamic_dump", part.toString()}},
                    new String[] {String[].class.getName()});
            if (!Files.isRegularFile(part) || Files.size(part) == 0) {
                log.info("no class archive was written ({}); the next start reads the classes from the jars",
                        String.valueOf(said).strip());
                return;
            }
            try (FileChannel written = FileChannel.open(part, StandardOpenOption.READ)) {
                written.force(true);
            }
            Path archive = stem.resolveSibling(stem.getFileName() + "-" + Files.size(part) + ".jsa");
            Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.info("class archive for quicker starts written in {} ms: {}", (System.nanoTime() - started) / 1_000_000,
                    archive);
        } catch (Exception | LinkageError e) {
            log.info("no class archive was written ({}); the next start reads the classes from the jars",
                    Optional.ofNullable(e.getMessage()).orElse(e.toString()));
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (java.io.IOException e) {
                // The launcher removes what is left once this process is gone.
            }
        }
    }
}
