package brass.protocols.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Everything a client (an SSH channel, a process) received, with a bounded wait for a piece of
 * text (no sleeping). Shared with the server's tests.
 */
public final class Capture extends OutputStream {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int mark;

    @Override
    public synchronized void write(int b) {
        bytes.write(b);
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
        notifyAll();
    }

    public synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Copies {@code in} into this capture on a daemon thread until it ends (a process's output). */
    public Capture drain(InputStream in, String name) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    write(buf, 0, n);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return this;
    }

    /** Waits until {@code expected} appears after the last awaited text; returns everything received. */
    public synchronized String await(String expected) throws InterruptedException {
        return await(expected, Duration.ofSeconds(20));
    }

    public synchronized String await(String expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String all = text();
            int at = all.indexOf(expected, mark);
            if (at >= 0) {
                mark = at + expected.length();
                return all;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + printable(expected) + "; got: " + printable(all));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    public static String printable(String s) {
        return s.replace("\u001b", "\\e").replace("\r", "\\r").replace("\n", "\\n\n");
    }
}
