package brass.server.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * Files and folders only their owner (the user the server runs as) may use. On a file system
 * without POSIX permissions these fall back to the file system's own rules.
 */
public final class OwnerOnly {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Whether this machine's file system has POSIX permissions (Linux, macOS). */
    public static boolean supported() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code folder} (and its missing parents) owner-only when it does not exist yet. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (supported()) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
            Files.createDirectories(folder);
        }
    }

    /** Creates {@code folder} owner-only, or makes the existing one owner-only. */
    public static void folder(Path folder) throws IOException {
        createFolder(folder);
        if (supported()) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
    }

    /** Writes {@code text} to a fresh owner-only file (an older file of that name is replaced). */
    public static void writeFile(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        if (supported()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Makes an existing file (a socket) owner-only. */
    public static void restrict(Path file) throws IOException {
        if (supported()) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    /**
     * The permissions of {@code path} as {@code rwxr-xr-x} when users other than its owner may use
     * it; empty when only its owner may (or the file system cannot say).
     */
    public static Optional<String> openToOthers(Path path) throws IOException {
        if (!supported()) {
            return Optional.empty();
        }
        Set<PosixFilePermission> p = Files.getPosixFilePermissions(path);
        boolean others = p.stream().anyMatch(x -> !x.name().startsWith("OWNER_"));
        return others ? Optional.of(PosixFilePermissions.toString(p)) : Optional.empty();
    }
}
