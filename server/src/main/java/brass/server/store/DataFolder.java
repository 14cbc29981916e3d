package brass.server.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The data folder (database, SSH host key, backups) checked before anything is opened in it: a
 * server that cannot write there would come up and then fail every checkpoint, so it must refuse
 * to start instead, saying why in one line. The check really writes (a small file, synced and
 * removed), because permission bits do not tell: root may write anywhere but on a read-only file
 * system, and another user may not write where the bits seem to allow it.
 */
public final class DataFolder {

    private DataFolder() {
    }

    /**
     * Makes {@code dir} if it is missing, then checks that it can be listed and written, and that
     * the files named in {@code files} (inside it), where they exist, are files that can be read
     * and written.
     *
     * @throws StoreException saying what is wrong, in one line
     */
    public static void check(Path dir, String... files) throws StoreException {
        Path abs = dir.toAbsolutePath();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new StoreException("the data folder " + abs + " is not a folder (a file of that name is in the way)");
        }
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + abs + ": " + reason(e), e);
        }
        try (DirectoryStream<Path> list = Files.newDirectoryStream(abs)) {
            list.iterator().hasNext();
        } catch (IOException e) {
            throw new StoreException("cannot read the data folder " + abs + ": " + reason(e), e);
        }
        Path probe = null;
        try {
            probe = Files.createTempFile(abs, ".brass-write-check-", ".tmp");
            try (FileChannel c = FileChannel.open(probe, StandardOpenOption.WRITE)) {
                c.write(ByteBuffer.wrap(new byte[] {'o', 'k'}));
                c.force(true);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write in the data folder " + abs + ": " + reason(e), e);
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (IOException ignored) {
                    // a leftover probe of a few bytes; the next start makes another
                }
            }
        }
        for (String name : files) {
            Path file = abs.resolve(name);
            if (!Files.exists(file)) {
                continue;
            }
            if (!Files.isRegularFile(file)) {
                throw new StoreException(file + " is not a file (a folder of that name is in the way)");
            }
            // Opened for reading and writing, changing nothing: what the database will need.
            try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                c.size();
            } catch (IOException e) {
                throw new StoreException("cannot read and write " + file + ": " + reason(e), e);
            }
        }
    }

    /** An I/O failure in words: the system's reason when it gave one. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way (" + e.getMessage() + ")";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder (" + e.getMessage() + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder (" + e.getMessage() + ")";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
