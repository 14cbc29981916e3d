package brass.server;

import brass.engine.clock.SystemClock;
import brass.engine.loop.LoopingCall;
import brass.engine.reactor.EventLoopReactor;
import brass.engine.reactor.Reactor;
import brass.net.IoThreads;
import brass.protocols.account.AccountStore;
import brass.protocols.account.NameRules;
import brass.protocols.account.PasswordHasher;
import brass.protocols.admin.ServerStatus;
import brass.protocols.admin.AdminCommands;
import brass.protocols.admin.Ban;
import brass.protocols.admin.BanStore;
import brass.protocols.admin.Bans;
import brass.protocols.admin.Staff;
import brass.protocols.guard.ConnectionGate;
import brass.protocols.guard.Guard;
import brass.protocols.guard.LogLimiter;
import brass.protocols.play.Lobby;
import brass.protocols.play.RoomAtlas;
import brass.protocols.play.PlaySettings;
import brass.protocols.session.ConnectionLimits;
import brass.protocols.ssh.HostKey;
import brass.protocols.ssh.SshGameServer;
import brass.protocols.telnet.TelnetServer;
import brass.protocols.tls.SelfSigned;
import brass.protocols.tls.TlsContext;
import brass.protocols.tls.TlsException;
import brass.protocols.web.WebServer;
import brass.server.config.ServerConfig;
import brass.protocols.account.Roles;
import brass.server.control.ControlChannel;
import brass.server.control.Operations;
import brass.server.control.OwnerOnly;
import brass.server.store.DataFolder;
import brass.server.store.Database;
import brass.server.store.JdbcAccountStore;
import brass.server.store.JdbcBanStore;
import brass.server.store.JdbcMailStore;
import brass.server.persist.Checkpointer;
import brass.server.persist.Restorer;
import brass.server.persist.SavedThing;
import brass.server.persist.WorldStore;
import brass.server.store.StoreException;
import brass.server.store.StoreFaults;
import brass.protocols.watch.Watching;
import brass.world.behaviour.BehaviourRegistry;
import brass.world.behaviour.standard.SnakeTerrarium;
import brass.world.build.WorldBuilder;
import brass.world.build.WorldLoadException;
import brass.world.build.Worlds;
import brass.world.files.WorldChecker;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.reload.ReloadCommand;
import brass.world.reload.Reloader;
import brass.world.reset.ResetCommand;
import brass.world.talk.TalkCommands;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the game loop, the store, the world and the network listeners,
 * starts them in that order and stops them in reverse.
 */
public final class Server implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Server.class);

    private final ServerConfig config;
    private final BehaviourRegistry behaviours;
    private final SnakeTerrarium tanks = new SnakeTerrarium();
    private final EventLoopReactor reactor;
    private final Guard guard;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final Instant startedAt = Instant.now();
    private volatile boolean stopping;
    private volatile boolean worldSaved = true;
    private Optional<WorldStore.Committed> lastBeforeStart = Optional.empty();
    private Database database;
    private volatile Game game;
    private Lobby lobby;
    private TelnetServer telnet;
    private TelnetServer tlsTelnet;
    private TlsContext tls;
    private Reloader reloader;
    private Checkpointer checkpointer;
    private ControlChannel control;
    private SshGameServer ssh;
    private WebServer web;

    /**
     * @param behaviours the behaviours the world's files may name (cockroach, snakes...): the
     *     world is checked against them, at start and on every reload, and runs them
     */
    public Server(ServerConfig config, BehaviourRegistry behaviours) {
        this.config = config;
        // One terrarium registry serves both the tanks' behaviour and the 'watch' verb.
        this.behaviours = behaviours.find(SnakeTerrarium.SPEC.name()).isPresent()
                ? behaviours.withCode(SnakeTerrarium.SPEC.name(), tanks) : behaviours;
        this.reactor = new EventLoopReactor(SystemClock.INSTANCE,
                EventLoopReactor.Settings.defaults().withLagWarn(config.lagWarn().toNanos()));
        // One set of defences for telnet, SSH and the web: the same caps, the same log budget.
        this.guard = new Guard(new ConnectionGate.Caps(config.maxConnectionsPerIp(), config.maxConnections()),
                LogLimiter.Budget.defaults(), reactor.clock());
    }

    public Reactor reactor() {
        return reactor;
    }

    public ServerConfig config() {
        return config;
    }

    /** The telnet port actually bound (useful when the configured port was 0). */
    public int telnetPort() {
        return telnet.port();
    }

    /** The SSH port actually bound (useful when the configured port was 0). */
    public int sshPort() {
        return ssh.port();
    }

    /** The web client's port actually bound; empty when the web client is off. */
    public java.util.OptionalInt webPort() {
        return web == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(web.port());
    }

    public Game game() {
        return game;
    }

    /** What the SSH listener allows for authentication, as set on it (it follows {@code login-timeout}). */
    public Duration sshAuthTimeout() {
        return ssh.authTimeout();
    }

    /** The terrariums of the running world (the 'watch' verb's registry); read them on the loop. */
    public SnakeTerrarium terrariums() {
        return tanks;
    }

    /**
     * Starts everything; returns once players can connect.
     *
     * @throws WorldLoadException when the world folder has errors (its message is the full report)
     * @throws StoreException when the data folder or the database cannot be read or written
     * @throws java.io.IOException when the SSH host key cannot be read or stored, or a port cannot be bound
     */
    public void start() throws Exception {
        // The two cores share the start: the world is read, checked and built on this thread while
        // the data folder and the SSH host key are made ready on another, which then loads what
        // comes next. The database is opened once both are done, so a world with errors leaves no
        // database behind, and its errors are reported before any trouble with the data folder.
        CompletableFuture<Void> dataFolder = prepareInTheBackground();
        long loading = System.nanoTime();
        WorldDefinition definition;
        World world;
        try {
            definition = Worlds.definition(config.worldDir(), new WorldChecker(behaviours));
            world = WorldBuilder.build(definition);
        } catch (RuntimeException | Error e) {
            // What the other thread says, it says before the refusal, not in the middle of it.
            dataFolder.exceptionally(ignored -> null).join();
            throw e;
        }
        // Operators of big worlds want to see what a start (and so a restart) costs them.
        log.info("world: {} ({} rooms, {} things) from {}, read, checked and built in {} ms", definition.name(),
                definition.rooms().size(), world.size(), config.worldDir(), (System.nanoTime() - loading) / 1_000_000);
        try {
            dataFolder.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
        if (config.passwordIterations() < PasswordHasher.RECOMMENDED_ITERATIONS) {
            log.warn("!!! password-iterations is {}, below the {} a password needs: new and changed passwords are"
                    + " hashed cheaply and are easy to crack if the database leaks. This is for load tests only;"
                    + " remove the setting on a server people use. !!!", config.passwordIterations(),
                    PasswordHasher.RECOMMENDED_ITERATIONS);
        }
        database = Database.open(config.jdbcUrl(), config.databaseUser(), config.databasePassword(),
                EventLoopReactor.Settings.defaults().offloadThreads());
        log.info("database: {}", database.isH2() ? config.dataDir().resolve("brass.mv.db") : config.jdbcUrl());
        boolean anAdmin = database.inTransaction(c -> JdbcAccountStore.anyoneHas(c, Roles.ADMIN));
        WorldStore worldStore = new WorldStore(database);
        List<SavedThing> saved = worldStore.read();
        BanStore banStore = new JdbcBanStore(database);
        List<Ban> savedBans = banStore.all();
        lastBeforeStart = worldStore.lastCommitted();
        reactor.start();
        AccountStore accounts = new JdbcAccountStore(database, reactor);
        onLoop(() -> {
            game = new Game(world, reactor);
            Restorer.restore(game, saved, definition.prototypes());
            if (!saved.isEmpty()) {
                log.info("world state restored from the last checkpoint ({} things)", saved.size());
            }
            PlaySettings play = PlaySettings.defaults()
                    .withIdleTimeout(config.idleTimeout())
                    .withLinkDeadGrace(config.linkDeadGrace())
                    .withLoginTimeout(config.loginTimeout());
            lobby = new Lobby(game, accounts, new PasswordHasher(config.passwordIterations()), play, guard);
            lobby.mail(new JdbcMailStore(database));
            // Summaries of log lines held back are written when their minute is over, even if
            // the client that caused them has gone quiet.
            LoopingCall.of(reactor, "log summaries", guard.logs()::flush).start(guard.logs().budget().window(), false);
            checkpointer = new Checkpointer(game, worldStore, saved).watch(new SavingNotices(lobby));
            checkpointer.start(config.checkpointEvery());
            Watching.install(lobby, tanks, Watching.Settings.defaults()
                    .withHiccupsForEveryone(config.hiccupsForEveryone()));
            reloader = Reloader.start(game, config.worldDir(), definition, behaviours, new SplittableRandom());
            // The area is in the files, not the live model: read from the definition in use now.
            lobby.atlas(new RoomAtlas() {
                @Override
                public String area(Thing room) {
                    return reloader.definition().room(room.id()).map(r -> r.area()).orElse("");
                }

                @Override
                public String environment(Thing room) {
                    return reloader.definition().room(room.id()).map(r -> r.environment()).orElse("");
                }
            });
            // Builders and admins reload; an operator gives the roles (bin/brass admin grant).
            ReloadCommand.install(game, reloader, Staff.buildersAndAdmins(lobby));
            ResetCommand.install(game, reloader.resets(), Staff.buildersAndAdmins(lobby));
            TalkCommands.install(game, reloader::definition, () -> reloader.reactions().conditions());
            AdminCommands.install(lobby, new Bans(reactor, banStore, Clock.systemUTC(), savedBans), this::stopFromGame);
            ServerStatus status = ServerStatus.install(lobby);
            if (!config.statusEvery().isZero()) {
                LoopingCall.of(reactor, "status log", () -> log.info(status.line())).start(config.statusEvery(), false);
            }
            return null;
        });
        try {
            control = ControlChannel.open(config.dataDir(), Operations.of(reactor, database, accounts, lobby));
            log.info("control channel (bin/brass backup, bin/brass admin): {}", control.where());
        } catch (java.io.IOException e) {
            log.warn("bin/brass backup and bin/brass admin cannot reach this server: {}", e.getMessage());
        }
        TelnetServer.Settings telnetSettings = TelnetServer.Settings.defaults()
                .withHost(config.bind())
                .withPort(config.telnetPort())
                .withReadIdleTimeout(config.idleTimeout().dividedBy(2))
                .withLimits(ConnectionLimits.defaults())
                .withMssp(this::mssp)
                .withIo(IoThreads.defaults().withCount(config.ioThreads()));
        if (config.tlsNeeded()) {
            tls = tlsContext().watch();
        }
        telnet = new TelnetServer(reactor, telnetSettings, guard, lobby::accept).start();
        log.info("Brass is up: telnet on {}:{} (try: telnet {} {})", config.bind(), telnet.port(),
                config.bind(), telnet.port());
        if (config.tlsOn()) {
            try {
                tlsTelnet = new TelnetServer(reactor, telnetSettings.withPort(config.tlsPort()).withTls(tls), guard,
                        lobby::accept).start();
            } catch (Exception e) {
                // Netty throws the BindException without declaring it.
                if (!(e instanceof java.net.BindException)) {
                    throw e;
                }
                throw new java.io.IOException("cannot listen on " + config.bind() + " port " + config.tlsPort()
                        + " (tls-port): " + e.getMessage(), e);
            }
            log.info("telnet over TLS on {}:{}, certificate {} with SHA-256 fingerprint {} (try: openssl s_client"
                    + " -connect {}:{})", config.bind(), tlsTelnet.port(), tls.certificateFile(), tls.fingerprint(),
                    config.bind(), tlsTelnet.port());
        }
        ssh = new SshGameServer(reactor, lobby, SshGameServer.Settings.defaults(hostKeyFile())
                .withHost(config.bind()).withPort(config.sshPort()).withIdleTimeout(config.idleTimeout())
                .withAuthTimeout(config.loginTimeout())).start();
        log.info("SSH on {}:{}, host key {} (try: ssh -p {} new@{})", config.bind(), ssh.port(),
                ssh.hostKeyFingerprint(), ssh.port(), config.bind());
        if (config.webEnabled()) {
            web = new WebServer(reactor, WebServer.Settings.defaults().withHost(config.bind())
                    .withPort(config.webPort()).withReadIdleTimeout(config.idleTimeout().dividedBy(2))
                    .withTls(config.webTls() ? tls : null).withIo(IoThreads.defaults().withCount(config.ioThreads())),
                    guard, lobby::accept).start();
            String scheme = config.webTls() ? "https" : "http";
            log.info("web client on {}:{} (open {}://{}:{}/ in a browser)", config.bind(), web.port(), scheme,
                    config.bind(), web.port());
        }
        if (!anAdmin) {
            // Last, so it is the line an operator sees when the start is done.
            log.warn(NO_ADMIN);
        }
    }

    /**
     * While the world is read on the calling thread, another makes the data folder ready: a data
     * folder, database or host key that cannot be read or written refuses the start (up, the
     * server would fail every checkpoint, or show players a new host key each time). Then it loads
     * and initialises what comes next, in the order it is needed: the name rules' Unicode data, H2's
     * engine through a private in-memory database, Netty, and the SSH library's security providers
     * (Bouncy Castle's registration alone was a quarter of a start). Completes with the data folder's
     * verdict; the loading goes on after it, and a failure there only means the work is done
     * later, where it always was.
     */
    private CompletableFuture<Void> prepareInTheBackground() {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread prepare = new Thread(() -> {
            try {
                DataFolder.check(config.dataDir(),
                        config.database().isBlank() ? new String[] {"brass.mv.db"} : new String[0]);
                HostKey.loadOrCreate(hostKeyFile());
                privateDataFolder();
                ready.complete(null);
            } catch (Exception | LinkageError e) {
                ready.completeExceptionally(e);
                return;
            }
            try {
                NameRules.load();
                try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:")) {
                    c.createStatement().execute("CREATE TABLE warm (id BIGINT PRIMARY KEY, name VARCHAR(64))");
                }
                // Netty's allocator and event loops: the control channel is the first to use them
                // (NIO), the listeners' transport next (epoll's native library, where it loads).
                io.netty.buffer.ByteBufAllocator.DEFAULT.directBuffer(64).release();
                io.netty.channel.nio.NioIoHandler.newFactory();
                new io.netty.bootstrap.ServerBootstrap().channel(io.netty.channel.socket.nio.NioServerSocketChannel.class);
                brass.net.NettyTransport transport = brass.net.NettyTransport.chosen();
                transport.ioHandlerFactory();
                new io.netty.bootstrap.ServerBootstrap().channel(transport.serverChannel());
                // The SSH library's security providers, for the SSH listener, opened after telnet's.
                org.apache.sshd.common.util.security.SecurityUtils.isBouncyCastleRegistered();
                org.apache.sshd.common.keyprovider.KeyPairProvider.EMPTY_KEYPAIR_PROVIDER.getClass();
            } catch (Exception | LinkageError e) {
                log.debug("warming up before the start did not work: {}", e.toString());
            }
        }, "brass-start");
        prepare.setDaemon(true);
        prepare.start();
        return ready;
    }

    /** Logged at every start while no account may run the server from inside the game. */
    static final String NO_ADMIN = "no account has the admin role, so nobody can run this server from inside the"
            + " game: create a character, then make it an admin with 'bin/brass admin grant NAME'";

    /**
     * The data folder holds the database (password hashes), the SSH host key and the control
     * secret: made owner-only when Brass creates it, and a warning when it is open to others.
     */
    private void privateDataFolder() throws java.io.IOException {
        Path data = config.dataDir();
        OwnerOnly.createFolder(data);
        OwnerOnly.openToOthers(data).ifPresent(p -> log.warn("the data folder {} is open to other users of this"
                + " machine ({}); it holds the database and the SSH host key: chmod 700 {}", data, p, data));
    }

    /**
     * The operator's certificate and key, or the self-signed pair in the data folder (made on the
     * first start, its fingerprint logged so players can compare it with what their client shows).
     */
    private TlsContext tlsContext() throws java.io.IOException {
        try {
            if (config.tlsCertificate() != null) {
                return TlsContext.fromPem(config.tlsCertificate(), config.tlsKey());
            }
            boolean made = !java.nio.file.Files.exists(config.dataDir().resolve(SelfSigned.CERTIFICATE_FILE));
            TlsContext context = TlsContext.selfSigned(config.dataDir());
            if (made) {
                log.info("made a self-signed TLS certificate, SHA-256 fingerprint {}, stored in {} (set tls-certificate"
                        + " and tls-key to use your own)", context.fingerprint(), context.certificateFile());
            }
            return context;
        } catch (TlsException e) {
            throw new java.io.IOException("TLS: " + e.getMessage(), e);
        }
    }

    /** The port of telnet inside TLS actually bound (useful when the configured port was 0). */
    public int tlsPort() {
        if (tlsTelnet == null) {
            throw new IllegalStateException("tls-port is off");
        }
        return tlsTelnet.port();
    }

    /** The TLS certificate in use, when tls-port or web-tls is on; null otherwise. */
    public TlsContext tls() {
        return tls;
    }

    private Path hostKeyFile() {
        return config.dataDir().resolve("ssh_host_key");
    }

    /** MSSP answers for MUD crawlers and client listings; read on the game loop. */
    private Map<String, List<String>> mssp() {
        Map<String, List<String>> v = new LinkedHashMap<>();
        v.put("NAME", List.of(reloader.definition().name()));
        v.put("PLAYERS", List.of(Integer.toString(lobby.game().playerCount())));
        v.put("UPTIME", List.of(Long.toString(startedAt.getEpochSecond())));
        v.put("CODEBASE", List.of("Brass 0.1"));
        v.put("HOSTNAME", List.of(config.bind()));
        v.put("PORT", List.of(Integer.toString(telnet.port())));
        v.put("CRAWL DELAY", List.of("-1"));
        v.put("LANGUAGE", List.of("English"));
        v.put("FAMILY", List.of("Custom"));
        v.put("GENRE", List.of("Fantasy"));
        v.put("GAMEPLAY", List.of("Adventure", "Social"));
        v.put("STATUS", List.of("Alpha"));
        v.put("GAMESYSTEM", List.of("None"));
        v.put("ANSI", List.of("1"));
        v.put("UTF-8", List.of("1"));
        v.put("XTERM 256 COLORS", List.of("1"));
        v.put("XTERM TRUE COLORS", List.of("1"));
        v.put("GMCP", List.of("1"));
        v.put("MCCP", List.of("1"));
        v.put("MSDP", List.of("1"));
        v.put("MXP", List.of("0"));
        v.put("PUEBLO", List.of("0"));
        v.put("SSL", List.of(tlsTelnet == null ? "0" : Integer.toString(tlsTelnet.port())));
        v.put("VT100", List.of("1"));
        return v;
    }

    private <T> T onLoop(Callable<T> work) throws Exception {
        return reactor.call(work).get(30, TimeUnit.SECONDS);
    }

    /**
     * An admin's {@code shutdown}: the same stop as SIGTERM's, started on a thread of its own
     * because {@link #stop} waits for the game loop, which is where this is called.
     */
    private void stopFromGame(String why) {
        log.info("Shutdown ordered in the game {}: stopping", why);
        Thread t = new Thread(this::stop, "brass-shutdown-command");
        t.start();
    }

    /** Stops everything in reverse order of starting. Idempotent; safe from any thread. */
    public CompletableFuture<Void> stop() {
        if (!stopping) {
            stopping = true;
            if (control != null) {
                control.close();
            }
            if (web != null) {
                web.close();
            }
            if (ssh != null) {
                ssh.close();
            }
            if (telnet != null) {
                telnet.close();
            }
            if (tlsTelnet != null) {
                tlsTelnet.close();
            }
            if (tls != null) {
                tls.close();
            }
            CompletableFuture<Boolean> saved = new CompletableFuture<>();
            try {
                if (game == null) {
                    // Start failed before the loop ran anything: there is nothing to save.
                    throw new java.util.concurrent.RejectedExecutionException("not started");
                }
                reactor.execute(() -> {
                    if (reloader != null) {
                        reloader.behaviours().stopAll();
                        reloader.resets().stop();
                    }
                    if (checkpointer == null) {
                        saved.complete(true);
                    } else {
                        checkpointer.stopAndSave().whenComplete((written, e) -> saved.complete(e == null && written));
                    }
                });
                worldSaved = saved.get(15, TimeUnit.SECONDS);
                if (checkpointer != null) {
                    finalSaveReport(worldSaved ? null : checkpointer.lastFailure() == null ? "it did not complete"
                        : StoreFaults.describe(checkpointer.lastFailure()));
                }
            } catch (java.util.concurrent.RejectedExecutionException notRunning) {
                // The loop never started or is already stopping: there is nothing to stop on it.
            } catch (java.util.concurrent.TimeoutException e) {
                worldSaved = false;
                finalSaveReport("it did not finish within 15 s");
            } catch (Exception e) {
                worldSaved = false;
                finalSaveReport(StoreFaults.describe(e));
            }
            reactor.shutdown().whenComplete((ok, error) -> {
                if (database != null) {
                    database.close();
                }
                if (error != null) {
                    stopped.completeExceptionally(error);
                } else {
                    stopped.complete(null);
                }
            });
        }
        return stopped;
    }

    /**
     * The shutdown's one line about the world, true to what happened: saved, or NOT saved and
     * since when nothing was written. {@code failure} is null when the final checkpoint was written.
     */
    private void finalSaveReport(String failure) {
        if (failure == null) {
            log.info("world saved: the final checkpoint (#{} since start) was written at {}",
                    checkpointer.committedSequence(), checkpointer.lastWrittenAt().orElseThrow());
            return;
        }
        String last = Optional.ofNullable(checkpointer).flatMap(Checkpointer::lastWrittenAt)
                .map(at -> "the last checkpoint written was at " + at + " (#" + checkpointer.committedSequence()
                        + " since start)")
                .or(() -> lastBeforeStart.map(c -> "the last checkpoint written was at " + c.takenAt()
                        + ", before this start"))
                .orElse("no checkpoint was ever written");
        log.error("world NOT saved: the final checkpoint failed ({}); {}: what changed after it is lost", failure, last);
    }

    /**
     * Whether the world was saved at shutdown: the final checkpoint was written (or there was
     * nothing to save). Meaningful once {@link #stopped()} completed.
     */
    public boolean worldSaved() {
        return worldSaved;
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
