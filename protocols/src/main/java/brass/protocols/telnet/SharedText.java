package brass.protocols.telnet;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * One rendered line many telnet connections write (what the bystanders of an event are told):
 * its telnet bytes, charset-encoded with every 0xFF doubled, are made once per charset by the
 * first I/O thread that needs them, and every connection copies them into its {@link TextRun}'s
 * buffer (a copy of a line costs less than encoding it again). A connection whose client
 * negotiated MCCP2 compresses its own run in its own pipeline.
 *
 * <p>The bytes are a plain array, left to the garbage collector: no connection owns them, so none
 * has to give them back, and a line the loop still remembers keeps them for a later batch. (They
 * were a reference-counted buffer freed by the last connection to write it; under the output
 * pacer's bursts, connections wrote and freed a line while the loop was still handing it to others,
 * and it was encoded again and again.)
 *
 * <p>The game loop finds the line for a text among the last {@value #REMEMBERED} it shared.
 */
public final class SharedText {

    /** Lines remembered per game loop: the distinct shared texts of a few pulses. */
    static final int REMEMBERED = 256;
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);
    private static final LongAdder ENCODINGS = new LongAdder();

    private final String text;
    // Made on first need by whichever I/O thread asks; published through the volatile write.
    private volatile byte[] utf8;
    private volatile byte[] latin1;

    private SharedText(String text) {
        this.text = text;
    }

    /** The shared line for {@code text}, the same one for every connection while it is remembered. Game loop only. */
    public static SharedText of(String text) {
        return RECENT.get().of(text);
    }

    /**
     * The lines this thread shared lately, for a caller confined to one thread (a game loop's
     * connection) to keep: a crowd asks for a line a thousand times an event, and each {@link
     * ThreadLocal} lookup costs more than the map's.
     */
    public static Recent recentOnThisThread() {
        return RECENT.get();
    }

    /** The last lines one thread shared, oldest first. */
    public static final class Recent {
        private final Map<String, SharedText> lines = new LinkedHashMap<>(REMEMBERED * 2) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SharedText> eldest) {
                return size() > REMEMBERED;
            }
        };

        private Recent() {
        }

        /** As {@link SharedText#of}, on this thread's lines: the calling thread must be their own. */
        public SharedText of(String text) {
            SharedText s = lines.get(text);
            if (s == null) {
                s = new SharedText(text);
                lines.put(text, s);
            }
            return s;
        }
    }

    /** The text, as rendered. */
    public String text() {
        return text;
    }

    /**
     * Appends the line's telnet bytes in UTF-8 or Latin-1 (a character Latin-1 lacks becomes
     * '?'), 0xFF doubled, to {@code out}. Any thread.
     */
    public void copyTo(ByteBuf out, boolean inUtf8) {
        out.writeBytes(bytes(inUtf8));
    }

    private byte[] bytes(boolean inUtf8) {
        byte[] made = inUtf8 ? utf8 : latin1;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            made = inUtf8 ? utf8 : latin1;
            if (made == null) {
                ByteBuf out = Unpooled.buffer(text.length() + 16);
                try {
                    TextRun.encodeInto(text, inUtf8, out);
                    made = ByteBufUtil.getBytes(out);
                } finally {
                    out.release();
                }
                ENCODINGS.increment();
                if (inUtf8) {
                    utf8 = made;
                } else {
                    latin1 = made;
                }
            }
            return made;
        }
    }

    /** Whether the bytes for a charset are made yet: for tests. */
    boolean madeFor(boolean inUtf8) {
        return (inUtf8 ? utf8 : latin1) != null;
    }

    /** Encodings made by every shared line of this process: for tests and benchmarks. */
    public static long encodingsMade() {
        return ENCODINGS.sum();
    }
}
