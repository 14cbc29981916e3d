package brass.server.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A machine whose power can be cut, for H2: its own file-system layer over the real files that
 * keeps, for each file, what it held when it was last synced ({@code FileChannel.force}, fsync).
 * {@link #cut()} puts every file back to that, as a power cut does to what was still in the
 * operating system's cache, and fails every write after it (the machine is down); {@link #restore()}
 * is the power coming back. A process that dies, by contrast, loses nothing the kernel has.
 */
public final class PowerCut extends FilePathWrapper {

    private static final String SCHEME = "powercut";

    /** Files written since they were last synced: what to put back, by path. Guarded by the class. */
    private static final Map<String, Unsynced> FILES = new HashMap<>();
    private static volatile boolean off;

    static {
        FilePath.register(new PowerCut());
    }

    /** The JDBC URL of the embedded database in {@code dataDir} as {@link Database#h2Url} has it, on this machine. */
    public static String h2Url(Path dataDir) {
        return Database.h2Url(dataDir).replace("jdbc:h2:file:", "jdbc:h2:" + SCHEME + ":");
    }

    /** The power goes: every file loses what was written to it since its last sync, and writes fail from now on. */
    public static synchronized void cut() throws IOException {
        off = true;
        for (Map.Entry<String, Unsynced> file : FILES.entrySet()) {
            file.getValue().putBack(Path.of(file.getKey()));
        }
        FILES.clear();
    }

    /** The power is back: files may be written again. */
    public static void restore() {
        off = false;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel real = getBase().open(mode);
        String file = getBase().toString();
        synchronized (PowerCut.class) {
            if (!FILES.containsKey(file)) {
                FILES.put(file, new Unsynced(real.size()));
            }
        }
        return new Channel(real, file);
    }

    /** One piece of a file as it was before a write or a truncation since the last sync. */
    private record Before(long position, byte[] bytes) {
    }

    /** What a file held at its last sync: its size, and the pieces overwritten since (newest first). */
    private static final class Unsynced {

        private long syncedSize;
        private final Deque<Before> overwritten = new ArrayDeque<>();

        Unsynced(long syncedSize) {
            this.syncedSize = syncedSize;
        }

        /** Keeps what {@code base} holds in [from, to) of the synced part, before it is changed. */
        void keep(FileChannel base, long from, long to) throws IOException {
            long end = Math.min(to, Math.min(syncedSize, base.size()));
            if (from >= end) {
                return;
            }
            ByteBuffer old = ByteBuffer.allocate((int) (end - from));
            while (old.hasRemaining() && base.read(old, from + old.position()) >= 0) {
                // read until full
            }
            overwritten.push(new Before(from, old.array()));
        }

        void synced(long size) {
            syncedSize = size;
            overwritten.clear();
        }

        /** Puts the file back to what it held at its last sync: the oldest piece is written last. */
        void putBack(Path file) throws IOException {
            if (!Files.exists(file)) {
                return;
            }
            try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
                for (Before b : overwritten) {
                    c.write(ByteBuffer.wrap(b.bytes()), b.position());
                }
                if (c.size() > syncedSize) {
                    c.truncate(syncedSize);
                }
            }
        }
    }

    private static final class Channel extends ForwardingChannel {

        private final String file;

        Channel(FileChannel base, String file) {
            super(base);
            this.file = file;
        }

        private static void refuseWhenOff() throws IOException {
            if (off) {
                throw new IOException("Input/output error (the power is off)");
            }
        }

        private void keep(long from, long to) throws IOException {
            synchronized (PowerCut.class) {
                Unsynced u = FILES.get(file);
                if (u != null) {
                    u.keep(base, from, to);
                }
            }
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return write(src, position(), true);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return write(src, position, false);
        }

        private int write(ByteBuffer src, long position, boolean advance) throws IOException {
            refuseWhenOff();
            keep(position, position + src.remaining());
            int n = super.write(src, position);
            if (advance) {
                position(position + n);
            }
            return n;
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            refuseWhenOff();
            keep(size, base.size());
            return super.truncate(size);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuseWhenOff();
            super.force(metaData);
            synchronized (PowerCut.class) {
                Unsynced u = FILES.get(file);
                if (u != null) {
                    u.synced(base.size());
                }
            }
        }
    }
}
