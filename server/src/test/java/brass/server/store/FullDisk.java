package brass.server.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that fills up on request, for H2: its own file-system layer (like H2's {@code rec:}) over
 * the real files, whose writes fail the way a full disk's do, with the {@code IOException} "No
 * space left on device", while {@link #full} is set. H2's answer is its own, exactly as on a real
 * full disk (checked once against a full tmpfs): the commit fails with error 50000, H2 closes the
 * database, and every connection opened before answers 90098 from then on.
 */
public final class FullDisk extends FilePathWrapper {

    /** While true, every write to the database's files fails. */
    public static volatile boolean full;

    /**
     * When set, the next write this disk refuses first waits at the gate, inside H2's store lock
     * as a writer holds it: how a test lines another transaction up against a failing write.
     */
    public static volatile Gate gate;

    /** Holds one refused write until the test lets it fail. */
    public static final class Gate {
        private final java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);
        private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);

        /** Waits (at most 20 s) until a refused write is held here; whether one is. */
        public boolean awaitWriter() throws InterruptedException {
            return arrived.await(20, java.util.concurrent.TimeUnit.SECONDS);
        }

        /** Lets the held write fail. */
        public void release() {
            released.countDown();
        }

        private void hold() throws IOException {
            arrived.countDown();
            try {
                if (!released.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new IOException("the test never released the held write");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted at the gate", e);
            }
        }
    }

    private static final String SCHEME = "fulldisk";

    static {
        FilePath.register(new FullDisk());
    }

    /** The JDBC URL of the embedded database in {@code dataDir} as {@link Database#h2Url} has it, on this disk. */
    public static String h2Url(Path dataDir) {
        return Database.h2Url(dataDir).replace("jdbc:h2:file:", "jdbc:h2:" + SCHEME + ":");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    /*
     * This disk makes no folders, and writes no file whose folder is gone. H2 flushes every
     * database still open when the JVM exits, and one whose store broke on the full disk is never
     * closed: at the exit of the test run it would make the test's data folder again, long since
     * removed, to write its trace file there. The server makes its data folder itself before H2
     * opens anything on this disk.
     */
    @Override
    public void createDirectory() {
        throw new IllegalStateException("the full disk makes no folders: " + name);
    }

    @Override
    public java.io.OutputStream newOutputStream(boolean append) throws IOException {
        if (!getBase().getParent().exists()) {
            throw new IOException("the folder of " + name + " is gone");
        }
        return super.newOutputStream(append);
    }

    private static final class Channel extends ForwardingChannel {

        Channel(FileChannel base) {
            super(base);
        }

        private static void refuseWhenFull() throws IOException {
            if (full) {
                Gate g = gate;
                if (g != null) {
                    gate = null;
                    g.hold();
                }
                throw new IOException("No space left on device");
            }
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            refuseWhenFull();
            return super.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            refuseWhenFull();
            return super.write(src, position);
        }
    }
}
