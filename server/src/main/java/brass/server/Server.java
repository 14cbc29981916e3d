package brass.server;

import brass.engine.clock.SystemClock;
import brass.engine.loop.LoopingCall;
import brass.engine.reactor.EventLoopReactor;
import brass.engine.reactor.Reactor;
import brass.server.config.ServerConfig;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the game loop and, as they arrive, the world, the store and the
 * network listeners, starts them in order and stops them in reverse.
 */
public final class Server implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Server.class);

    private final ServerConfig config;
    private final EventLoopReactor reactor;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile boolean stopping;

    public Server(ServerConfig config) {
        this.config = config;
        this.reactor = new EventLoopReactor(SystemClock.INSTANCE,
                EventLoopReactor.Settings.defaults().withLagWarn(config.lagWarn().toNanos()));
    }

    public Reactor reactor() {
        return reactor;
    }

    public ServerConfig config() {
        return config;
    }

    /** Starts the game loop; returns once it is running. */
    public void start() throws Exception {
        reactor.start();
        CompletableFuture<Void> up = new CompletableFuture<>();
        reactor.execute(() -> {
            if (!config.statusEvery().isZero()) {
                LoopingCall.of(reactor, "status log",
                        () -> log.info("game loop health: {}", reactor.lag().snapshot()))
                        .start(config.statusEvery(), false);
            }
            up.complete(null);
        });
        up.get(30, TimeUnit.SECONDS);
        log.info("Brass is up: the game loop is running (world folder {}, data folder {})",
                config.worldDir(), config.dataDir());
        log.info("Network play is not served yet: telnet (port {}) and SSH (port {}) arrive with later releases",
                config.telnetPort(), config.sshPort());
    }

    /** Stops everything in reverse order of starting. Idempotent; safe from any thread. */
    public CompletableFuture<Void> stop() {
        if (!stopping) {
            stopping = true;
            reactor.shutdown().whenComplete((ok, error) -> {
                if (error != null) {
                    stopped.completeExceptionally(error);
                } else {
                    stopped.complete(null);
                }
            });
        }
        return stopped;
    }

    /** Completes when the server has stopped. */
    public CompletableFuture<Void> stopped() {
        return stopped;
    }

    @Override
    public void close() throws Exception {
        stop().get(30, TimeUnit.SECONDS);
    }
}
