package brass.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder check really writes. Tests run as root in CI, and root writes whatever the
 * permission bits say; /proc refuses a new file to root too, so it stands for a folder that
 * cannot be written, and the permission cases run only as an ordinary user (skipped, saying why).
 */
class DataFolderTest {

    @TempDir
    Path dir;

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void aMissingFolderIsMadeAndTheCheckLeavesNothingBehind() throws Exception {
        Path data = dir.resolve("a/b/data");
        DataFolder.check(data, "brass.mv.db");
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFileInTheWayOfTheFolderOrAFolderInTheWayOfAFileIsRefused() throws Exception {
        Path file = dir.resolve("data");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> DataFolder.check(file)).isInstanceOf(StoreException.class)
                .hasMessage("the data folder " + file + " is not a folder (a file of that name is in the way)");
        Path data = dir.resolve("other");
        Files.createDirectories(data.resolve("brass.mv.db"));
        assertThatThrownBy(() -> DataFolder.check(data, "brass.mv.db")).isInstanceOf(StoreException.class)
                .hasMessage(data.resolve("brass.mv.db") + " is not a file (a folder of that name is in the way)");
    }

    @Test
    void aFolderNoFileCanBeMadeInIsRefused() {
        Path proc = Path.of("/proc");
        Assumptions.assumeTrue(Files.isDirectory(proc), "no /proc here (not Linux)");
        // The reason is the kernel's; what is ours is the sentence around it.
        assertThatThrownBy(() -> DataFolder.check(proc)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot write in the data folder /proc: ");
    }

    @Test
    void withoutPermissionTheFolderOrTheDatabaseFileIsRefused() throws Exception {
        if (root()) {
            System.out.println("DataFolderTest: running as root, which reads and writes whatever the permission bits"
                    + " say; the permission cases are skipped (a folder no file can be made in is covered by /proc)");
        }
        Assumptions.assumeFalse(root(), "root ignores permission bits");
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path db = Files.writeString(data.resolve("brass.mv.db"), "x");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> DataFolder.check(data, "brass.mv.db")).isInstanceOf(StoreException.class)
                .hasMessage("cannot read and write " + db + ": permission denied");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> DataFolder.check(data)).isInstanceOf(StoreException.class)
                    .hasMessage("cannot write in the data folder " + data + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
