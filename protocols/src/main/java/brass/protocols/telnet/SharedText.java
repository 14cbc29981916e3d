package brass.protocols.telnet;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * One rendered line many telnet connections write (what the bystanders of an event are told):
 * its telnet bytes, charset-encoded with every 0xFF doubled, are made once per charset on the
 * first I/O thread that needs them, and every connection writes a retained duplicate of the same
 * buffer. A connection whose client negotiated MCCP2 compresses its duplicate in its own pipeline.
 *
 * <p>The game loop {@linkplain #claim claims} the line for each connection it hands it to; each
 * connection {@linkplain #release releases} its claim once it wrote its duplicate (or dropped it,
 * closed). The last release frees the bytes; a later claim, if any, makes them again. The loop
 * finds the line for a text by the text's identity among the last few it shared.
 */
public final class SharedText {

    /** Lines remembered per game loop: the distinct shared texts of a turn or so. */
    private static final int SLOTS = 32;
    private static final ThreadLocal<SharedText[]> RECENT = ThreadLocal.withInitial(() -> new SharedText[SLOTS]);
    private static final ThreadLocal<int[]> NEXT = ThreadLocal.withInitial(() -> new int[1]);
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
        SharedText[] recent = RECENT.get();
        int[] next = NEXT.get();
        // Newest first: the connections of one turn ask for the same few texts in a row.
        for (int i = 1; i <= SLOTS; i++) {
            SharedText s = recent[Math.floorMod(next[0] - i, SLOTS)];
            if (s != null && s.text == text) {
                s.claims.incrementAndGet();
                return s;
            }
        }
        SharedText s = new SharedText(text);
        recent[next[0]] = s;
        next[0] = (next[0] + 1) % SLOTS;
        s.claims.incrementAndGet();
        return s;
    }

    /**
     * What a connection writes of a shared line: the line, perhaps after a little text of its own
     * ({@code before}, such as the fresh line for text that arrives after a prompt), in one write.
     */
    public record Write(String before, SharedText line) {

        /** The bytes to write: {@code before}'s made here, then the line's shared ones. */
        public EscapedData bytes(boolean inUtf8, ByteBufAllocator alloc) {
            EscapedData shared = line.bytes(inUtf8, alloc);
            if (before == null || before.isEmpty()) {
                return shared;
            }
            return new EscapedData(alloc.compositeDirectBuffer(2)
                    .addComponents(true, encode(before, inUtf8, alloc), shared.content()));
        }
    }

    /** The text, as rendered. */
    public String text() {
        return text;
    }

    /**
     * The line's telnet bytes in UTF-8 or Latin-1 (a character Latin-1 lacks becomes '?'),
     * 0xFF doubled: a retained duplicate the caller owns. Made on the first call for a charset,
     * with {@code alloc}. Any thread, by a holder of a claim.
     */
    public synchronized EscapedData bytes(boolean inUtf8, ByteBufAllocator alloc) {
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
        return new EscapedData(made.retainedDuplicate());
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

    /** {@code text}'s telnet data bytes as a connection's own write makes them, in one buffer of its own. */
    static ByteBuf encode(CharSequence text, boolean inUtf8, ByteBufAllocator alloc) {
        ByteBuf raw = inUtf8 ? ByteBufUtil.writeUtf8(alloc, text)
                : Unpooled.wrappedBuffer(text.toString().getBytes(StandardCharsets.ISO_8859_1));
        try {
            ByteBuf out = alloc.ioBuffer(raw.readableBytes() + 16);
            TelnetEncoder.writeEscaped(raw, raw.readerIndex(), raw.writerIndex(), out);
            return out;
        } finally {
            raw.release();
        }
    }
}
