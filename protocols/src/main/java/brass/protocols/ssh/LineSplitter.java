package brass.protocols.ssh;

import brass.protocols.session.PlayerInput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Line mode (a session without a PTY, {@code ssh -T}): the client's own terminal edits and
 * echoes, and sends whole lines. This splits the byte stream at LF (dropping CR), decodes UTF-8
 * and removes what {@link PlayerInput} removes. A line longer than the bound is refused whole
 * (the player is told, through {@code tooLong}), so the buffer never holds more than
 * {@code maxBytes}.
 */
public final class LineSplitter {

    private final int maxBytes;
    private final Runnable tooLong;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private boolean overlong;

    /** {@code tooLong} runs, on the decoding thread, for each line refused for its length. */
    public LineSplitter(int maxBytes, Runnable tooLong) {
        this.maxBytes = maxBytes;
        this.tooLong = tooLong;
    }

    public List<String> decode(byte[] bytes, int off, int len) {
        List<String> lines = new ArrayList<>(1);
        for (int i = off; i < off + len; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                if (overlong) {
                    tooLong.run();
                } else {
                    lines.add(PlayerInput.clean(current.toString(StandardCharsets.UTF_8)));
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
}
