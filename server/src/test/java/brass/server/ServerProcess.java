package brass.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real server in a process of its own, as {@code bin/brass run} starts it, for the tests that
 * kill it or have it stop itself; its log is read as it comes. Closing it kills what is left.
 */
public final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final StringBuilder log = new StringBuilder();
    private final CompletableFuture<Void> up = new CompletableFuture<>();
    private final Thread reader;

    private ServerProcess(Process process) {
        this.process = process;
        reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    if (line.contains("Brass is up")) {
                        up.complete(null);
                    }
                }
            } catch (IOException ignored) {
                // the process died
            }
            up.completeExceptionally(new AssertionError("the server exited before it was up:\n" + log()));
        }, "server-log");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Two ports free now, for a server in another process (which cannot be asked for its port 0):
     * telnet's and SSH's. Both sockets are held open while the second is chosen, so the two differ
     * (asked one after the other, the system may hand out the same port twice).
     */
    public static int[] freePorts() throws IOException {
        try (java.net.ServerSocket telnet = new java.net.ServerSocket(0);
             java.net.ServerSocket ssh = new java.net.ServerSocket(0)) {
            return new int[] {telnet.getLocalPort(), ssh.getLocalPort()};
        }
    }

    /** Starts {@code brass run} with {@code options}, on this JVM's class path. */
    public static ServerProcess run(String... options) throws IOException {
        return run(java.util.Map.of(), options);
    }

    /** As {@link #run(String...)}, with {@code environment} added to this process's. */
    public static ServerProcess run(java.util.Map<String, String> environment, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "brass.server.cli.BrassCommand", "run"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return new ServerProcess(builder.start());
    }

    /** How many lines logged so far contain {@code text}. */
    public int linesContaining(String text) {
        synchronized (log) {
            int n = 0;
            for (int i = log.indexOf(text); i >= 0; i = log.indexOf(text, i + 1)) {
                n++;
            }
            return n;
        }
    }

    /** Waits (at most 2 minutes) until the server says it is up. */
    public void awaitUp() throws Exception {
        up.get(120, TimeUnit.SECONDS);
    }

    /** Waits (at most {@code seconds}) for the process to end, and for the last of its log. */
    public boolean awaitExit(long seconds) throws InterruptedException {
        boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
        if (ended) {
            reader.join(10_000);
        }
        return ended;
    }

    public Process process() {
        return process;
    }

    /** Everything logged so far. */
    public String log() {
        synchronized (log) {
            return log.toString();
        }
    }

    /** {@code kill -9}, and waits for the process to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
