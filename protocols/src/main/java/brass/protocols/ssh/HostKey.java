package brass.protocols.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Iterator;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.io.resource.PathResource;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's SSH host key: read from its file, or made once and stored there. Players' clients
 * remember it, so it must be the same key on every start: a file that exists but cannot be read is
 * an error, never a reason to make a throwaway key or to replace the file (MINA's own provider
 * does both, with only a warning), and a new key counts as stored only when it was written and
 * read back. The file format is MINA's, so keys made before stay valid.
 */
public final class HostKey {

    private static final Logger log = LoggerFactory.getLogger(HostKey.class);

    private HostKey() {
    }

    /**
     * The key in {@code file}, or a new EC P-256 key written there if there is no such file.
     *
     * @throws IOException whose message says, in one line, what is wrong and what to do
     */
    public static KeyPair loadOrCreate(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        if (Files.exists(abs)) {
            return read(abs);
        }
        KeyPair made;
        try {
            // EC P-256: built into the JDK (Ed25519 host keys would need an extra library in MINA).
            KeyPairGenerator generator = KeyPairGenerator.getInstance(KeyUtils.EC_ALGORITHM);
            generator.initialize(256);
            made = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot make an SSH host key: " + e.getMessage(), e);
        }
        Path temporary = null;
        try {
            Files.createDirectories(abs.getParent());
            temporary = Files.createTempFile(abs.getParent(), ".ssh_host_key-", ".tmp");
            restrictToOwner(temporary);
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC)) {
                Format.INSTANCE.write(abs, made, out);
            }
            // All or nothing: a crash never leaves half a key where the next start would find it.
            Files.move(temporary, abs, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
        } catch (IOException | GeneralSecurityException e) {
            throw new IOException("cannot store the new SSH host key in " + abs + ": " + reason(e)
                    + " (without a stored key, every restart would show players a new fingerprint)", e);
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
        KeyPair stored = read(abs);
        if (!KeyUtils.compareKeys(stored.getPublic(), made.getPublic())) {
            throw new IOException("the SSH host key read back from " + abs + " is not the one just written there");
        }
        log.info("made a new SSH host key, {}, stored in {}", KeyUtils.getFingerPrint(stored.getPublic()), abs);
        return stored;
    }

    private static KeyPair read(Path file) throws IOException {
        String keep = ": it is kept as it is, so that players' clients go on trusting this server; restore it from"
                + " a backup, or move it aside to make a new key (clients will then warn that the host key changed)";
        if (!Files.isRegularFile(file)) {
            throw new IOException("the SSH host key " + file + " is not a file (a folder of that name is in the way)"
                    + keep);
        }
        KeyPair first = null;
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> pairs = Format.INSTANCE.read(file, in);
            Iterator<KeyPair> each = pairs == null ? null : pairs.iterator();
            if (each != null && each.hasNext()) {
                first = each.next();
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new IOException("cannot read the SSH host key " + file + " (" + reason(e) + ")" + keep, e);
        }
        if (first == null) {
            throw new IOException("the SSH host key " + file + " holds no key" + keep);
        }
        return first;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's access rules apply.
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** MINA's reading and writing of host key files, without its fallbacks. */
    private static final class Format extends SimpleGeneratorHostKeyProvider {

        static final Format INSTANCE = new Format();

        Iterable<KeyPair> read(Path file, InputStream in) throws IOException, GeneralSecurityException {
            return doReadKeyPairs(null, new PathResource(file), in);
        }

        void write(Path file, KeyPair pair, OutputStream out) throws IOException, GeneralSecurityException {
            doWriteKeyPair(new PathResource(file), pair, out);
        }
    }
}
