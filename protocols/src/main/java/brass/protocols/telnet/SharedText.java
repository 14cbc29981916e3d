package brass.protocols.telnet;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * One rendered line many telnet connections write (what the bystanders of an event are told):
 * its telnet bytes, charset-encoded with every 0xFF doubled, are made once per charset on the
 * first I/O thread that needs them, and every connection copies them into its {@link TextRun}'s
 * buffer (a copy of a line costs less than a write of its own would). A connection whose client
 * negotiated MCCP2 compresses its own run in its own pipeline.
 *
 * <p>The game loop {@linkplain #claim claims} the line for each connection it hands it to; each
 * connection {@linkplain #release releases} its claim once it wrote its run (or dropped it,
 * closed). The last release frees the bytes; a later claim, if any, makes them again. The loop
 * finds the line for a text by the text's identity among the last few it shared.
 */
public final class SharedText {

    /** Lines remembered per game loop: the distinct shared texts of a turn or so. */
    private static final int SLOTS = 32;
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);
    private static final LongAdder ENCODINGS = new LongAdder();

    private final String text;
    private final AtomicInteger claims = new AtomicInteger();
    // Guarded by this; null until first needed, and again once the last claim is released.
    private ByteBuf utf8;
    private ByteBuf latin1;

    private SharedText(String text) {
        this.text = text;
    }

    /**
     * The shared line for {@code text} (matched by identity), claimed once more: the caller hands
     * it to one connection, which must {@link #release} it. Game loop only.
     */
    public static SharedText claim(String text) {
        return RECENT.get().claim(text);
    }

    /**
     * The lines this thread shared lately, for a caller confined to one thread (a game loop's
     * connection) to keep: a crowd claims a line a thousand times an event, and each {@link
     * ThreadLocal} lookup costs more than the claim.
     */
    public static Recent recentOnThisThread() {
        return RECENT.get();
    }

    /** The last lines one thread shared, newest last. */
    public static final class Recent {
        private final SharedText[] slots = new SharedText[SLOTS];
        private int next;

        private Recent() {
        }

        /** As {@link SharedText#claim}, on this thread's lines: the calling thread must be their own. */
        public SharedText claim(String text) {
            // Newest first: the connections of one turn ask for the same few texts in a row.
            for (int i = 1; i <= SLOTS; i++) {
                SharedText s = slots[(next - i + SLOTS) % SLOTS];
                if (s != null && s.text == text) {
                    s.claims.incrementAndGet();
                    return s;
                }
            }
            SharedText s = new SharedText(text);
            slots[next] = s;
            next = (next + 1) % SLOTS;
            s.claims.incrementAndGet();
            return s;
        }
    }

    /** The text, as rendered. */
    public String text() {
        return text;
    }

    /**
     * Appends the line's telnet bytes in UTF-8 or Latin-1 (a character Latin-1 lacks becomes
     * '?'), 0xFF doubled, to {@code out}. They are made on the first call for a charset, with
     * {@code alloc}, and kept for the other connections. Any thread, by a holder of a claim.
     */
    public synchronized void copyTo(ByteBuf out, boolean inUtf8, ByteBufAllocator alloc) {
        ByteBuf made = inUtf8 ? utf8 : latin1;
        if (made == null) {
            made = encode(text, inUtf8, alloc);
            ENCODINGS.increment();
            if (inUtf8) {
                utf8 = made;
            } else {
                latin1 = made;
            }
        }
        out.writeBytes(made, made.readerIndex(), made.readableBytes());
    }

    /** Gives back one claim; the last frees the bytes. Any thread. */
    public void release() {
        if (claims.decrementAndGet() == 0) {
            synchronized (this) {
                // A claim made meanwhile keeps them for its connection.
                if (claims.get() == 0) {
                    free();
                }
            }
        }
    }

    private void free() {
        if (utf8 != null) {
            utf8.release();
            utf8 = null;
        }
        if (latin1 != null) {
            latin1.release();
            latin1 = null;
        }
    }

    /** Claims not yet released: for tests. */
    int claims() {
        return claims.get();
    }

    /** Whether bytes are held now: for tests. */
    synchronized boolean holdsBytes() {
        return utf8 != null || latin1 != null;
    }

    /** Encodings made by every shared line of this process: for tests and benchmarks. */
    public static long encodingsMade() {
        return ENCODINGS.sum();
    }

    /** {@code text}'s telnet data bytes, in a buffer of their own. */
    private static ByteBuf encode(CharSequence text, boolean inUtf8, ByteBufAllocator alloc) {
        ByteBuf out = alloc.ioBuffer(text.length() + 16);
        TextRun.encodeInto(text, inUtf8, out);
        return out;
    }
}
