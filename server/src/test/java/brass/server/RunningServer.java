package brass.server;

import brass.server.config.ServerConfig;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * A whole server for each test of a class, as a JUnit extension held in a field:
 * <pre>{@code @RegisterExtension final RunningServer server = RunningServer.startedBeforeEach();}</pre>
 * Each test gets a temporary folder of its own ({@link #dir()}), and a server in it started from
 * {@link TestServers#config(Path)} before the test, or, with {@link #startedByTheTest()}, when the
 * test has prepared what it needs and calls {@link #start}. After the test (and after the test's
 * own {@code @AfterEach} methods) the server is closed and the folder removed.
 */
final class RunningServer implements BeforeEachCallback, AfterEachCallback {

    private final boolean startBeforeEach;
    private Path dir;
    private ServerConfig config;
    private Server server;
    private boolean running;

    private RunningServer(boolean startBeforeEach) {
        this.startBeforeEach = startBeforeEach;
    }

    /** A server with the default world and ephemeral ports, started before each test. */
    static RunningServer startedBeforeEach() {
        return new RunningServer(true);
    }

    /** A folder before each test; the server only once the test calls {@link #start}. */
    static RunningServer startedByTheTest() {
        return new RunningServer(false);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("brass-server-test-");
        if (startBeforeEach) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            close();
        } finally {
            server = null;
            config = null;
            delete(dir);
        }
    }

    /** This test's own folder: the server's data is in it unless the test started it elsewhere. */
    Path dir() {
        return dir;
    }

    /** The configuration {@link #start()} starts with: {@link TestServers#config(Path)} of {@link #dir()}. */
    ServerConfig config() {
        return TestServers.config(dir);
    }

    /** Starts the server with {@link #config()}. */
    Server start() throws Exception {
        return start(config());
    }

    /** Starts the server with {@code config}; one runs at a time. */
    Server start(ServerConfig config) throws Exception {
        if (running) {
            throw new IllegalStateException("a server is already running in this test: close it first");
        }
        this.config = config;
        server = TestServers.started(config);
        running = true;
        return server;
    }

    /** Closes the server and starts it again, as it was configured, on the same data. */
    Server restart() throws Exception {
        if (config == null) {
            throw new IllegalStateException("no server was started in this test");
        }
        close();
        return start(config);
    }

    /**
     * Stops the server, which stays readable ({@link Server#worldSaved()}); nothing if none runs.
     * A final checkpoint that does not finish in time prints every thread while it is still stuck.
     */
    void close() throws Exception {
        if (running) {
            running = false;
            Logger serverLog = (Logger) LoggerFactory.getLogger(Server.class);
            AppenderBase<ILoggingEvent> watchdog = new AppenderBase<>() {
                @Override
                protected void append(ILoggingEvent event) {
                    if (event.getLevel() == Level.ERROR && event.getFormattedMessage().contains("did not finish within")) {
                        ThreadDump.print(event.getFormattedMessage());
                    }
                }
            };
            watchdog.start();
            serverLog.addAppender(watchdog);
            try {
                server.close();
            } catch (java.util.concurrent.TimeoutException e) {
                ThreadDump.print("the server did not stop within 30 s");
                throw e;
            } finally {
                serverLog.detachAppender(watchdog);
            }
        }
    }

    /** The server started last, running or closed. */
    Server get() {
        if (server == null) {
            throw new IllegalStateException("no server was started in this test");
        }
        return server;
    }

    int telnetPort() {
        return get().telnetPort();
    }

    int sshPort() {
        return get().sshPort();
    }

    private static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        IOException failed = null;
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                if (failed == null) {
                    failed = new IOException("could not remove the test's folder " + folder, e);
                } else {
                    failed.addSuppressed(e);
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
