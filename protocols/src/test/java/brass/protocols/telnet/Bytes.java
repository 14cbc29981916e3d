package brass.protocols.telnet;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test helpers for building and reading byte streams. */
final class Bytes {

    private Bytes() {
    }

    /** Concatenates Strings (UTF-8), Integers (one byte each), byte[]s and int[]s. */
    static byte[] of(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else if (p instanceof Integer i) {
                out.write(i);
            } else if (p instanceof byte[] b) {
                out.writeBytes(b);
            } else if (p instanceof int[] a) {
                for (int i : a) {
                    out.write(i);
                }
            } else {
                throw new IllegalArgumentException(String.valueOf(p));
            }
        }
        return out.toByteArray();
    }

    /** Writes {@code data} into the channel whole. */
    static void whole(EmbeddedChannel ch, byte[] data) {
        ch.writeInbound(Unpooled.wrappedBuffer(data));
    }

    /** Writes {@code data} into the channel one byte at a time. */
    static void byteByByte(EmbeddedChannel ch, byte[] data) {
        for (byte b : data) {
            ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
    }

    /** Writes {@code data} in two pieces split at {@code at}. */
    static void split(EmbeddedChannel ch, byte[] data, int at) {
        ch.writeInbound(Unpooled.wrappedBuffer(data, 0, at));
        ch.writeInbound(Unpooled.wrappedBuffer(data, at, data.length - at));
    }

    /** All inbound messages, with data ByteBufs turned into byte[] (and released). */
    static List<Object> inbound(EmbeddedChannel ch) {
        List<Object> out = new ArrayList<>();
        Object m;
        while ((m = ch.readInbound()) != null) {
            if (m instanceof ByteBuf b) {
                byte[] a = new byte[b.readableBytes()];
                b.readBytes(a);
                b.release();
                out.add(a);
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** All outbound bytes written so far, concatenated. */
    static byte[] outbound(EmbeddedChannel ch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Object m;
        while ((m = ch.readOutbound()) != null) {
            ByteBuf b = (ByteBuf) m;
            byte[] a = new byte[b.readableBytes()];
            b.readBytes(a);
            b.release();
            out.writeBytes(a);
        }
        return out.toByteArray();
    }

    /** Merges consecutive byte[] data messages, keeping other messages in order. */
    static List<Object> mergeData(List<Object> messages) {
        List<Object> out = new ArrayList<>();
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        for (Object m : messages) {
            if (m instanceof byte[] b) {
                run.writeBytes(b);
            } else {
                if (run.size() > 0) {
                    out.add(new String(run.toByteArray(), StandardCharsets.ISO_8859_1));
                    run.reset();
                }
                out.add(m);
            }
        }
        if (run.size() > 0) {
            out.add(new String(run.toByteArray(), StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static boolean contains(byte[] hay, byte[] needle) {
        return indexOf(hay, needle) >= 0;
    }
}
