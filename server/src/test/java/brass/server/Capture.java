package brass.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** What an SSH client received, with a bounded wait for a piece of text (no sleeping). */
final class Capture extends OutputStream {

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

    synchronized String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Copies {@code in} into this capture on a daemon thread until it ends (a process's output). */
    Capture drain(InputStream in, String name) {
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

    /** Waits (at most 20 s) until {@code expected} appears after the last awaited text. */
    String await(String expected) throws InterruptedException {
        return await(expected, Duration.ofSeconds(20));
    }

    /** Waits (at most {@code bound}) until {@code expected} appears after the last awaited text. */
    synchronized String await(String expected, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            String all = text();
            int at = all.indexOf(expected, mark);
            if (at >= 0) {
                mark = at + expected.length();
                return all;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for '" + expected + "'; got: "
                        + all.replace("\u001b", "\\e"));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
