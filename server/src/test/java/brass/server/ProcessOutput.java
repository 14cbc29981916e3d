package brass.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A real client program's output collected on a reader thread, waited on with a bound; and finding programs. */
final class ProcessOutput {

    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
    private final String name;

    ProcessOutput(String name, InputStream stream) {
        this.name = name;
        Thread t = new Thread(() -> {
            byte[] buf = new byte[4096];
            try {
                int n;
                while ((n = stream.read(buf)) >= 0) {
                    synchronized (this) {
                        seen.write(buf, 0, n);
                        notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, name + "-output");
        t.setDaemon(true);
        t.start();
    }

    synchronized String text() {
        return seen.toString(StandardCharsets.UTF_8);
    }

    /** Waits up to 20 s for {@code expected} and returns all the output so far. */
    synchronized String await(String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!text().contains(expected)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited 20 s for '" + expected + "'; " + name + " showed:\n" + text());
            }
            wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
        }
        return text();
    }

    /** A program on the PATH (or in /usr/games, where Debian puts TinTin++). */
    static Optional<Path> program(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/games";
        for (String p : path.split(":")) {
            Path candidate = Path.of(p.isEmpty() ? "." : p, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Plays a newcomer's login dialogue as a player types it (name, yes, the password twice), says
     * a line and waits for it to be heard; {@code in} is what the client sends to the server.
     */
    void createCharacterAndSay(java.io.OutputStream in, String name, String password, String said) throws Exception {
        await("By what name shall we know you?");
        line(in, name);
        await("(yes/no)");
        line(in, "yes");
        await("Choose a password");
        line(in, password);
        await("Type it again");
        line(in, password);
        await("Welcome, " + name + "!");
        line(in, "say " + said);
        await("You say, \"" + said + "\"");
    }

    static void line(java.io.OutputStream in, String text) throws IOException {
        in.write((text + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }
}
