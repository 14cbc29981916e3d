package brass.protocols.telnet;

import brass.protocols.telnet.option.PromptMark;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A connection's text for one write: its own text ({@link String}), lines it shares with other
 * connections ({@link SharedText}) and {@link PromptMark}s, in order. The charset option makes it
 * into one buffer, so that a batch of many lines walks the pipeline, and reaches the socket (or
 * the compressor), once instead of once a line.
 */
public record TextRun(List<Object> parts) {

    public TextRun {
        parts = List.copyOf(parts);
        for (Object p : parts) {
            if (!(p instanceof String || p instanceof SharedText || p instanceof PromptMark)) {
                throw new IllegalArgumentException("not text: " + p);
            }
        }
    }

    /**
     * The run's telnet bytes, 0xFF doubled: text in UTF-8 or Latin-1 (a character Latin-1 lacks
     * becomes '?'), each prompt mark as IAC and {@code promptCommand}, or nothing if that is
     * negative. The caller owns the buffer.
     */
    public ByteBuf encode(ByteBufAllocator alloc, boolean inUtf8, int promptCommand) {
        int size = 16;
        for (Object p : parts) {
            int chars = p instanceof String s ? s.length() : p instanceof SharedText t ? t.text().length() : 0;
            size += chars + chars / 4 + 2; // room for a few multi-byte characters: no regrowing
        }
        ByteBuf out = alloc.ioBuffer(size);
        try {
            for (Object p : parts) {
                if (p instanceof String s) {
                    encodeInto(s, inUtf8, out);
                } else if (p instanceof SharedText t) {
                    t.copyTo(out, inUtf8);
                } else if (promptCommand >= 0) {
                    out.writeByte(Telnet.IAC).writeByte(promptCommand);
                }
            }
            return out;
        } catch (RuntimeException e) {
            out.release();
            throw e;
        }
    }

    /** {@code text}'s telnet data bytes, appended to {@code out}: what a connection's own write makes. */
    static void encodeInto(CharSequence text, boolean inUtf8, ByteBuf out) {
        if (inUtf8) {
            int from = out.writerIndex();
            out.writeCharSequence(text, StandardCharsets.UTF_8);
            // UTF-8 never makes 0xFF, and Netty writes '?' for a lone surrogate; checked all the same.
            if (out.indexOf(from, out.writerIndex(), (byte) Telnet.IAC) >= 0) {
                escapeFrom(out, from);
            }
            return;
        }
        // One copy for the whole text, not a checked write a byte: 'ÿ' (IAC) is rare, and only then escaped.
        byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
        int at = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == (byte) Telnet.IAC) {
                out.writeBytes(bytes, at, i + 1 - at);
                out.writeByte(Telnet.IAC);
                at = i + 1;
            }
        }
        out.writeBytes(bytes, at, bytes.length - at);
    }

    private static void escapeFrom(ByteBuf out, int from) {
        ByteBuf raw = out.copy(from, out.writerIndex() - from);
        try {
            out.writerIndex(from);
            TelnetEncoder.writeEscaped(raw, raw.readerIndex(), raw.writerIndex(), out);
        } finally {
            raw.release();
        }
    }
}
