package brass.protocols.ssh;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Line mode (a session without a PTY, {@code ssh -T}): the client's own terminal edits and
 * echoes, and sends whole lines. This splits the byte stream at LF (dropping CR), decodes UTF-8
 * and removes control characters. A line longer than the bound is dropped whole, so the buffer
 * never holds more than {@code maxBytes}.
 */
public final class LineSplitter {

    private final int maxBytes;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private boolean overlong;

    public LineSplitter(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public List<String> decode(byte[] bytes, int off, int len) {
        List<String> lines = new ArrayList<>(1);
        for (int i = off; i < off + len; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                if (!overlong) {
                    lines.add(clean(current.toString(StandardCharsets.UTF_8)));
                }
                current.reset();
                overlong = false;
            } else if (b == '\r') {
                continue;
            } else if (current.size() >= maxBytes) {
                overlong = true;
            } else {
                current.write(b);
            }
        }
        return lines;
    }

    private static String clean(String line) {
        StringBuilder b = new StringBuilder(line.length());
        line.codePoints().filter(cp -> cp >= 0x20 && cp != 0x7f && !(cp >= 0x80 && cp < 0xa0))
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
