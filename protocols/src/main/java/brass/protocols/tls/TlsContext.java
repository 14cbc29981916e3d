package brass.protocols.tls;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server's TLS: a certificate and its key from two PEM files, made into a Netty
 * {@link SslContext} that gives each new connection its {@link SslHandler} ({@link #newHandler}).
 * Put the handler first in a channel's pipeline and the rest of the pipeline sees plain bytes,
 * which is how the TLS telnet port speaks the same telnet inside TLS.
 *
 * <p>The files are read again when they change ({@link #reloadIfChanged}, called every
 * {@link #CHECK_EVERY} on a thread of its own once {@link #watch} is called): connections made
 * after that get the new certificate, those already open keep theirs. A change that cannot be used
 * (a file missing, damaged, or a key that does not belong to the certificate, as when a renewal is
 * caught half-written) is logged and the certificate in use stays, until a later check finds the
 * files whole.
 */
public final class TlsContext implements AutoCloseable {

    /** How often the files are looked at again once {@link #watch} is called. */
    public static final Duration CHECK_EVERY = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(TlsContext.class);

    private final Path certificateFile;
    private final Path keyFile;
    private volatile Loaded current;
    private ScheduledExecutorService watcher;

    /** What is in use: the credentials, their context, and a digest of the files they came from. */
    private record Loaded(Credentials credentials, SslContext context, byte[] digest) {
    }

    private TlsContext(Path certificateFile, Path keyFile, Loaded loaded) {
        this.certificateFile = certificateFile;
        this.keyFile = keyFile;
        this.current = loaded;
    }

    /**
     * Reads a certificate chain ({@code fullchain.pem}) and its key ({@code privkey.pem}: PKCS#8,
     * RSA or EC) now; says in one line, naming the file, why they cannot be used.
     */
    public static TlsContext fromPem(Path certificateFile, Path keyFile) throws TlsException {
        return new TlsContext(certificateFile, keyFile, load(certificateFile, keyFile));
    }

    /**
     * The self-signed certificate kept in {@code folder} (made there now if it has none):
     * {@link SelfSigned#inFolder}, then read as {@link #fromPem} reads.
     */
    public static TlsContext selfSigned(Path folder) throws TlsException {
        SelfSigned.Found files = SelfSigned.inFolder(folder);
        return fromPem(files.certificate(), files.key());
    }

    private static Loaded load(Path certificateFile, Path keyFile) throws TlsException {
        String certificateText = PemFiles.text(certificateFile);
        String keyText = PemFiles.text(keyFile);
        Credentials credentials = PemFiles.parse(certificateFile, certificateText, keyFile, keyText);
        try {
            SslContext context = SslContextBuilder
                    .forServer(credentials.key(), credentials.chain())
                    .build();
            return new Loaded(credentials, context, digest(certificateText, keyText));
        } catch (SSLException | IllegalArgumentException e) {
            throw new TlsException(certificateFile + ", " + keyFile + ": cannot serve TLS with these: " + e.getMessage(), e);
        }
    }

    private static byte[] digest(String certificateText, String keyText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(certificateText.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            sha.update(keyText.getBytes(StandardCharsets.US_ASCII));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A handler for one new server-side connection, with the certificate in use now. */
    public SslHandler newHandler(ByteBufAllocator allocator) {
        return current.context().newHandler(allocator);
    }

    /** The certificate in use now (its chain and key). */
    public Credentials credentials() {
        return current.credentials();
    }

    /** The SHA-256 fingerprint of the certificate in use, as {@code openssl x509 -fingerprint -sha256} shows it. */
    public String fingerprint() {
        return current.credentials().fingerprint();
    }

    public Path certificateFile() {
        return certificateFile;
    }

    public Path keyFile() {
        return keyFile;
    }

    /**
     * Reads the files again if what they hold changed, and uses them from the next connection on.
     *
     * @return true if a new certificate is in use now; false if nothing changed, or the change
     *     could not be used (then it is logged, and the certificate in use stays)
     */
    public synchronized boolean reloadIfChanged() {
        byte[] digest;
        try {
            digest = digest(PemFiles.text(certificateFile), PemFiles.text(keyFile));
        } catch (TlsException e) {
            log.warn("TLS: {}; still serving the certificate {}", e.getMessage(), fingerprint());
            return false;
        }
        if (Arrays.equals(digest, current.digest())) {
            return false;
        }
        try {
            Loaded loaded = load(certificateFile, keyFile);
            String before = fingerprint();
            current = loaded;
            log.info("TLS: read the changed certificate {}: SHA-256 fingerprint {} (was {}); new connections get it",
                    certificateFile, loaded.credentials().fingerprint(), before);
            return true;
        } catch (TlsException e) {
            log.warn("TLS: the certificate files changed but cannot be used: {}; still serving {} and trying again"
                    + " in {} s", e.getMessage(), fingerprint(), CHECK_EVERY.toSeconds());
            return false;
        }
    }

    /** Looks at the files every {@link #CHECK_EVERY} on a thread of its own (never the game loop) until {@link #close}. */
    public synchronized TlsContext watch() {
        if (watcher == null) {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "brass-tls-watch");
                t.setDaemon(true);
                return t;
            });
            long every = CHECK_EVERY.toMillis();
            watcher.scheduleWithFixedDelay(this::reloadIfChanged, every, every, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /** Stops watching the files. */
    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.shutdownNow();
            watcher = null;
        }
    }
}
