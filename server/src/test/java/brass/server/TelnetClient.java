package brass.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A raw socket client for integration tests, like netcat: it negotiates nothing and answers no
 * telnet option. It reads until the text it waits for arrives, or fails after a bound.
 */
final class TelnetClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private int consumed;

    TelnetClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(200);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Waits (at most 20 s) until {@code text} has arrived after what earlier waits consumed; returns what came. */
    String await(String text) throws IOException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        byte[] buf = new byte[8192];
        while (true) {
            String all = seen.toString(StandardCharsets.UTF_8);
            int at = all.indexOf(text, consumed);
            if (at >= 0) {
                String got = all.substring(consumed, at + text.length());
                consumed = at + text.length();
                return got;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 20 s for '" + text + "'; got: " + all.substring(consumed));
            }
            try {
                int n = in.read(buf);
                if (n < 0) {
                    throw new AssertionError("connection closed while waiting for '" + text + "'; got: "
                            + all.substring(consumed));
                }
                seen.write(buf, 0, n);
            } catch (SocketTimeoutException again) {
                // keep waiting until the deadline
            }
        }
    }

    /** Everything received so far, raw. */
    byte[] raw() {
        return seen.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
