package brass.protocols.ssh;

import brass.engine.reactor.Reactor;
import brass.protocols.account.Account;
import brass.protocols.account.NameRules;
import brass.protocols.account.PasswordHasher;
import brass.protocols.guard.ClientAddress;
import brass.protocols.guard.ConnectionGate;
import brass.protocols.play.Lobby;
import brass.protocols.session.ConnectionLimits;
import brass.protocols.session.PlayerInput;
import java.net.SocketAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.Service;
import org.apache.sshd.common.ServiceFactory;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionDisconnectHandler;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.helpers.AbstractSession;
import org.apache.sshd.common.session.helpers.TimeoutIndicator;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.keyboard.InteractiveChallenge;
import org.apache.sshd.server.auth.keyboard.KeyboardInteractiveAuthenticator;
import org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.server.session.ServerUserAuthServiceFactory;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.NonStickyEventExecutorGroup;
import io.netty.util.concurrent.UnorderedThreadPoolEventExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SSH listener, on Apache MINA SSHD with its default NIO2 I/O: the same accounts, the same
 * lobby and the same game as telnet, reached by password, by public key, or as the user
 * {@code new} for someone who has no character yet (the game's own login dialogue runs then).
 *
 * <p>It is a game, not a host: a session may open one shell and nothing else. No port
 * forwarding either way, no agent or X11 forwarding (every channel type but "session" is
 * unknown, and the forwarding filter rejects everything), no subsystems (so no SFTP), and an
 * exec request ({@code ssh host cmd}, {@code scp}) gets a one-line refusal and exit status 1.
 * Authentication attempts per connection are bounded ({@code MAX_AUTH_REQUESTS}), wrong
 * passwords are throttled by {@link Lobby#authenticate} exactly as telnet's are (one count for
 * both), sessions are capped per address and in total by the lobby's {@link ConnectionGate}
 * together with telnet's, a session must be in its shell within the auth timeout, and a silent
 * player is warned and then disconnected like a telnet one.
 */
public final class SshGameServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SshGameServer.class);

    /** The account a session authenticated as; absent for the newcomer ({@code new}). */
    static final AttributeKey<Account> ACCOUNT = new AttributeKey<>();

    /** The connection gate's answer for a session, released when the session closes. */
    private static final AttributeKey<ConnectionGate.Admission> ADMISSION = new AttributeKey<>();

    /** A session's shell, set once it has opened it (and so is in the game or its login dialogue). */
    private static final AttributeKey<GameShell> SHELL = new AttributeKey<>();

    /** Threads shared by every shell's serial executor, which compose and write its output. */
    private static final int OUTPUT_THREADS = 2;

    /** Told to a session that authenticated but opened no shell within the time allowed. */
    static final String TOO_SLOW = "You took too long to log in. Goodbye.";

    /** The user name that starts the game's own login dialogue (create a character). */
    public static final String NEWCOMER = "new";

    /**
     * @param host            address to bind
     * @param port            port to bind; 0 picks a free one (see {@link #port()})
     * @param hostKeyFile     where the host key is kept; made on first start
     * @param idleTimeout     a silent player is warned at half of it and disconnected at its end; zero: never
     * @param limits          per-connection output and input bounds, as for telnet
     * @param maxAuthRequests authentication attempts allowed per connection
     * @param authTimeout     time allowed to authenticate (MINA's {@code AUTH_TIMEOUT}); the server
     *                        sets it to the login timeout
     * @param maxLineLength   the longest input line: characters typed in the full-screen view, bytes
     *                        in line mode; a longer line is refused whole, with a notice
     * @param historySize     input lines remembered for Up/Down
     * @param maxPendingBytes bytes queued for a client and not yet written (game text and echoes);
     *                        past it the client is disconnected. The game's own backlog bound, in
     *                        {@link ConnectionLimits}, usually trips first
     * @param shutdownMessage told to every player when the server closes
     */
    public record Settings(String host, int port, Path hostKeyFile, Duration idleTimeout, ConnectionLimits limits,
                           int maxAuthRequests, Duration authTimeout, int maxLineLength, int historySize,
                           int maxPendingBytes, String shutdownMessage) {

        public static Settings defaults(Path hostKeyFile) {
            return new Settings("127.0.0.1", 2222, hostKeyFile, Duration.ofMinutes(30), ConnectionLimits.defaults(), 6,
                    Duration.ofMinutes(1), PlayerInput.MAX_LINE, 100, 16 << 20, "The server is going down now. Goodbye!");
        }

        public Settings withHost(String newHost) {
            return new Settings(newHost, port, hostKeyFile, idleTimeout, limits, maxAuthRequests, authTimeout,
                    maxLineLength, historySize, maxPendingBytes, shutdownMessage);
        }

        public Settings withPort(int newPort) {
            return new Settings(host, newPort, hostKeyFile, idleTimeout, limits, maxAuthRequests, authTimeout,
                    maxLineLength, historySize, maxPendingBytes, shutdownMessage);
        }

        public Settings withIdleTimeout(Duration timeout) {
            return new Settings(host, port, hostKeyFile, timeout, limits, maxAuthRequests, authTimeout,
                    maxLineLength, historySize, maxPendingBytes, shutdownMessage);
        }

        public Settings withLimits(ConnectionLimits newLimits) {
            return new Settings(host, port, hostKeyFile, idleTimeout, newLimits, maxAuthRequests, authTimeout,
                    maxLineLength, historySize, maxPendingBytes, shutdownMessage);
        }

        /** Time allowed to authenticate. */
        public Settings withAuthTimeout(Duration timeout) {
            return new Settings(host, port, hostKeyFile, idleTimeout, limits, maxAuthRequests, timeout,
                    maxLineLength, historySize, maxPendingBytes, shutdownMessage);
        }

        public Settings withMaxAuthRequests(int n) {
            return new Settings(host, port, hostKeyFile, idleTimeout, limits, n, authTimeout,
                    maxLineLength, historySize, maxPendingBytes, shutdownMessage);
        }
    }

    private final Reactor reactor;
    private final Lobby lobby;
    private final Settings settings;
    private final List<GameShell> shells = new ArrayList<>();
    private SshServer server;
    private EventExecutorGroup output;
    private String fingerprint;

    /** Call {@link #start()} to listen. */
    public SshGameServer(Reactor reactor, Lobby lobby, Settings settings) {
        this.reactor = reactor;
        this.lobby = lobby;
        this.settings = settings;
    }

    /**
     * Reads the host key (made and stored on the first start), registers {@code keys} in the game,
     * binds; returns when bound.
     *
     * @throws IOException when the host key cannot be read or stored (the message says why), or binding fails
     */
    public synchronized SshGameServer start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        // First: a host key that cannot be read or stored refuses the start before anything changes.
        Path keyFile = settings.hostKeyFile().toAbsolutePath();
        KeyPair hostKey = HostKey.loadOrCreate(keyFile);
        fingerprint = KeyUtils.getFingerPrint(hostKey.getPublic());
        installKeysCommand();

        SshServer s = SshServer.setUpDefaultServer();
        s.setHost(settings.host());
        s.setPort(settings.port());
        s.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        // Only session channels: no direct-tcpip (local forwarding), no agent or X11 channels.
        s.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE));
        s.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        s.setAgentFactory(null);
        s.setSubsystemFactories(List.of());
        s.setCommandFactory((channel, command) -> refuse(channel, command));
        s.setShellFactory(channel -> {
            GameShell shell = newShell();
            channel.getSession().setAttribute(SHELL, shell);
            return shell;
        });
        s.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE, UserAuthKeyboardInteractiveFactory.INSTANCE,
                UserAuthPasswordFactory.INSTANCE));
        // Always our own: MINA's default would read the OS user's ~/.ssh/authorized_keys.
        s.setPublickeyAuthenticator(this::publicKeyLogin);
        s.setPasswordAuthenticator(this::passwordLogin);
        s.setKeyboardInteractiveAuthenticator(newcomerLogin());
        s.setGSSAuthenticator(null);
        s.setHostBasedAuthenticator(null);
        s.addSessionListener(gatekeeper());
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(s, settings.maxAuthRequests());
        CoreModuleProperties.AUTH_TIMEOUT.set(s, settings.authTimeout());
        // MINA's idle timer fires at half the game's idle time; the game warns the player the
        // first time and says goodbye the second, as over telnet (see idleWarning).
        CoreModuleProperties.IDLE_TIMEOUT.set(s, settings.idleTimeout().isZero() ? Duration.ZERO
                : settings.idleTimeout().dividedBy(2));
        s.setSessionDisconnectHandler(idleWarning());
        CoreModuleProperties.SERVER_IDENTIFICATION.set(s, "Brass");
        s.setServiceFactories(SshServer.DEFAULT_SERVICE_FACTORIES.stream()
                .map(f -> f.getName().equals(ServerUserAuthServiceFactory.INSTANCE.getName()) ? gated(f) : f).toList());
        output = new NonStickyEventExecutorGroup(new UnorderedThreadPoolEventExecutor(OUTPUT_THREADS,
                new DefaultThreadFactory("ssh-output", true)));
        try {
            s.start();
        } catch (IOException | RuntimeException e) {
            output.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw e;
        }
        server = s;
        log.info("ssh listening on {}:{} (host key {} in {})", settings.host(), port(), fingerprint, keyFile);
        return this;
    }

    private void installKeysCommand() throws IOException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        reactor.execute(() -> {
            try {
                KeysCommand.install(lobby);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("the game loop did not take the keys command: " + e, e);
        }
    }

    private synchronized GameShell newShell() {
        GameShell shell = new GameShell(settings, reactor, lobby, output.next());
        shells.removeIf(GameShell::isDone);
        shells.add(shell);
        return shell;
    }

    /** The shells open now (for tests that hold one). */
    synchronized List<GameShell> shells() {
        shells.removeIf(GameShell::isDone);
        return List.copyOf(shells);
    }

    /**
     * MINA's idle timer, at half the game's idle time: a session in its shell is not cut but
     * the game is told (it warns the player, then says goodbye and closes), and the timer starts
     * again. A session that has not opened its shell yet is left to the login timeout; one whose
     * shell has finished is disconnected.
     */
    private static SessionDisconnectHandler idleWarning() {
        return new SessionDisconnectHandler() {
            @Override
            public boolean handleTimeoutDisconnectReason(Session session, TimeoutIndicator timeout) {
                if (timeout.getStatus() != TimeoutIndicator.TimeoutStatus.IdleTimeout) {
                    return false;
                }
                GameShell shell = session.getAttribute(SHELL);
                return shell == null || shell.idle();
            }
        };
    }

    /**
     * Every session asks the shared {@link ConnectionGate} for a place as it is made. A refused
     * one is disconnected with the gate's one-line reason as soon as the key exchange is done
     * (before it, a disconnect message cannot be sent, and the client would see the connection
     * just drop); OpenSSH shows it as "Received disconnect ... Too many connections from your
     * address; try again later.", and it never gets to authenticate. An admitted one must
     * authenticate within the auth timeout (MINA's {@code AUTH_TIMEOUT}) and then open its shell
     * within the game's login timeout, or it is disconnected: a socket that never gets into the
     * game is not kept for the idle timeout's half hour. (In the shell, a newcomer's dialogue has
     * the login timeout again, as a telnet client has.)
     */
    private SessionListener gatekeeper() {
        return new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                ConnectionGate.Admission admission = lobby.guard().gate().admit(session.getRemoteAddress(), "ssh");
                session.setAttribute(ADMISSION, admission);
                if (!admission.admitted()) {
                    return; // told at the end of the key exchange, the first moment it can be
                }
            }

            @Override
            public void sessionEvent(Session session, Event event) {
                ConnectionGate.Admission admission = session.getAttribute(ADMISSION);
                if (event == Event.KexCompleted && admission != null && !admission.admitted()) {
                    disconnect(session, SshConstants.SSH2_DISCONNECT_TOO_MANY_CONNECTIONS, admission.refusal());
                } else if (event == Event.Authenticated) {
                    closeUnlessInTheGameSoon(session);
                }
            }

            @Override
            public void sessionClosed(Session session) {
                ConnectionGate.Admission admission = session.getAttribute(ADMISSION);
                if (admission != null) {
                    admission.release();
                }
            }
        };
    }

    /** An authenticated session has the game's login timeout to open its shell. */
    private void closeUnlessInTheGameSoon(Session session) {
        Duration timeout = lobby.loginTimeout();
        try {
            session.getFactoryManager().getScheduledExecutorService().schedule(() -> {
                if (session.isOpen() && session.getAttribute(SHELL) == null) {
                    lobby.guard().logs().info(log, ClientAddress.of(session.getRemoteAddress()),
                            "ssh session from {} closed: no shell within {} of authenticating",
                            session.getRemoteAddress(), timeout);
                    disconnect(session, SshConstants.SSH2_DISCONNECT_BY_APPLICATION, TOO_SLOW);
                }
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // The server is stopping: every session is closed anyway.
        }
    }

    private static void disconnect(Session session, int reason, String message) {
        try {
            session.disconnect(reason, message);
        } catch (IOException | RuntimeException e) {
            session.close(true);
        }
    }

    private Command refuse(ChannelSession channel, String command) {
        lobby.guard().logs().info(log, ClientAddress.of(channel.getSession().getClientAddress()),
                "ssh exec refused from {}: {}", channel.getSession().getClientAddress(),
                command.length() > 80 ? command.substring(0, 80) + "..." : command);
        return new RefusedCommand("Brass is a game, not a shell host: it runs no commands. "
                + "Connect without one: ssh -p " + port() + " " + channel.getSession().getUsername() + "@"
                + settings.host());
    }

    /**
     * The authentication service, behind the lobby's gate: a client the gate refuses (a banned
     * address) is disconnected with the reason as the message, which OpenSSH prints, before it
     * may try a password or a key. Asked when the client requests authentication, because the
     * client then waits for the answer and so reads the message rather than writing into a
     * closed connection.
     */
    private ServiceFactory gated(ServiceFactory userAuth) {
        return new ServiceFactory() {
            @Override
            public String getName() {
                return userAuth.getName();
            }

            @Override
            public Service create(Session session) throws IOException {
                SocketAddress client = session.getIoSession().getRemoteAddress();
                Optional<String> refused = refusal(client);
                if (refused.isPresent()) {
                    log.info("ssh connection from {} refused: {}", client, refused.get());
                    session.disconnect(SshConstants.SSH2_DISCONNECT_HOST_NOT_ALLOWED_TO_CONNECT, refused.get());
                    throw new SshException(refused.get());
                }
                return userAuth.create(session);
            }
        };
    }

    /**
     * The gate's answer for {@code client}, decided on the game loop, which answers at once unless
     * it is stalled; if it does not answer in time the client goes on, and the lobby asks again
     * when its shell opens.
     */
    private Optional<String> refusal(SocketAddress client) {
        try {
            return lobby.refusal(client).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            log.warn("ssh: the game loop did not say whether {} may connect ({}); the shell will ask again", client,
                    e.toString());
            return Optional.empty();
        }
    }

    // ---- authentication (MINA's threads) ----

    /**
     * Passwords go to the lobby, which throttles failures as for telnet and answers after a
     * delay. MINA's thread is not held: the answer arrives through {@link AsyncAuthException}.
     */
    private boolean passwordLogin(String user, String password, ServerSession session) {
        if (NEWCOMER.equalsIgnoreCase(user)) {
            return true;
        }
        if (NameRules.problem(user).isPresent() || password.length() > PasswordHasher.MAX_PASSWORD_LENGTH) {
            return false;
        }
        AsyncAuthException pending = new AsyncAuthException();
        ClientAddress address = ClientAddress.of(session.getClientAddress());
        CompletableFuture<Optional<Account>> answer = lobby.authenticate(user, password, address);
        // A client that leaves before its answer leaves no attempt waiting for it.
        session.addCloseFutureListener(closed -> answer.cancel(false));
        answer.whenComplete((account, error) -> {
            boolean ok = error == null && account.isPresent();
            if (ok) {
                session.setAttribute(ACCOUNT, account.get());
                lobby.guard().logs().info(log, address, "ssh password login: {} from {}", account.get().name(),
                        session.getClientAddress());
            } else if (!answer.isCancelled()) {
                lobby.guard().logs().info(log, address, "ssh password refused for {} from {}", user,
                        session.getClientAddress());
            }
            pending.setAuthed(ok);
        });
        throw pending;
    }

    /**
     * A key logs in if it is one of the account's stored keys. The store is asked on MINA's
     * thread, waiting a bounded time (a lookup by name); the game loop is never involved.
     */
    private boolean publicKeyLogin(String user, PublicKey key, ServerSession session) {
        if (NEWCOMER.equalsIgnoreCase(user) || NameRules.problem(user).isPresent()) {
            return false;
        }
        Optional<Account> account;
        try {
            account = lobby.accounts().find(user).toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            lobby.guard().logs().warn(log, ClientAddress.of(session.getClientAddress()),
                    "ssh key login for {}: the account store did not answer: {}", user, e.toString());
            return false;
        }
        if (account.isEmpty()) {
            return false;
        }
        for (String line : account.get().publicKeys()) {
            Optional<PublicKey> stored = KeysCommand.parse(line);
            if (stored.isPresent() && KeyUtils.compareKeys(stored.get(), key)) {
                session.setAttribute(ACCOUNT, account.get());
                log.debug("ssh key {} accepted for {}", KeyUtils.getFingerPrint(key), user);
                return true;
            }
        }
        return false;
    }

    /**
     * Keyboard-interactive, for the newcomer only: no prompts at all, so {@code ssh new@host}
     * goes straight to the game's own dialogue (name, password) inside the shell.
     */
    private static KeyboardInteractiveAuthenticator newcomerLogin() {
        return new KeyboardInteractiveAuthenticator() {
            @Override
            public InteractiveChallenge generateChallenge(ServerSession session, String user, String lang,
                                                          String subMethods) {
                if (!NEWCOMER.equalsIgnoreCase(user)) {
                    return null;
                }
                InteractiveChallenge c = new InteractiveChallenge();
                c.setInteractionName("Brass");
                c.setInteractionInstruction("Welcome! You will choose a name and a password in the game.");
                return c;
            }

            @Override
            public boolean authenticate(ServerSession session, String user, List<String> responses) {
                return NEWCOMER.equalsIgnoreCase(user);
            }
        };
    }

    // ---- state ----

    /** The bound port (useful with port 0). */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getPort();
    }

    /** The host key's fingerprint as OpenSSH shows it ("SHA256:..."). */
    public String hostKeyFingerprint() {
        return fingerprint;
    }

    /** The time MINA allows to authenticate, as set on the running server. */
    public Duration authTimeout() {
        return CoreModuleProperties.AUTH_TIMEOUT.getRequired(server);
    }

    /** SSH sessions open now. */
    public int sessionCount() {
        SshServer s = server;
        return s == null ? 0 : s.getActiveSessions().size();
    }

    /** Tells every player the server is going down, closes them, and stops listening. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        for (GameShell shell : shells) {
            shell.shutdown(settings.shutdownMessage());
        }
        shells.clear();
        try {
            // Let the farewells and exit statuses go out, then stop.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (!server.getActiveSessions().isEmpty() && System.nanoTime() < deadline) {
                for (AbstractSession session : server.getActiveSessions()) {
                    session.close(false).await(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                }
            }
            server.stop(true);
        } catch (IOException e) {
            log.warn("ssh server did not stop cleanly: {}", e.toString());
        }
        output.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        server = null;
        log.info("ssh server stopped");
    }
}
