package brass.protocols.ssh;

import brass.engine.reactor.Reactor;
import brass.protocols.account.Account;
import brass.protocols.account.NameRules;
import brass.protocols.play.Lobby;
import brass.protocols.session.ConnectionLimits;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.helpers.AbstractSession;
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
 * passwords are throttled by {@link Lobby#authenticate} exactly as telnet's are, and a silent
 * player is warned and then disconnected like a telnet one.
 */
public final class SshGameServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SshGameServer.class);

    /** The account a session authenticated as; absent for the newcomer ({@code new}). */
    static final AttributeKey<Account> ACCOUNT = new AttributeKey<>();

    /** The user name that starts the game's own login dialogue (create a character). */
    public static final String NEWCOMER = "new";

    /**
     * @param host            address to bind
     * @param port            port to bind; 0 picks a free one (see {@link #port()})
     * @param hostKeyFile     where the host key is kept; made on first start
     * @param idleTimeout     a silent player is warned at half of it and disconnected at its end; zero: never
     * @param limits          per-connection output and input bounds, as for telnet
     * @param maxAuthRequests authentication attempts allowed per connection
     * @param authTimeout     time allowed to authenticate
     * @param maxLineLength   the longest input line, in characters
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
                    Duration.ofMinutes(1), 1024, 100, 16 << 20, "The server is going down now. Goodbye!");
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
    private ScheduledExecutorService timers;
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
        s.setShellFactory(channel -> newShell());
        s.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE, UserAuthKeyboardInteractiveFactory.INSTANCE,
                UserAuthPasswordFactory.INSTANCE));
        // Always our own: MINA's default would read the OS user's ~/.ssh/authorized_keys.
        s.setPublickeyAuthenticator(this::publicKeyLogin);
        s.setPasswordAuthenticator(this::passwordLogin);
        s.setKeyboardInteractiveAuthenticator(newcomerLogin());
        s.setGSSAuthenticator(null);
        s.setHostBasedAuthenticator(null);
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(s, settings.maxAuthRequests());
        CoreModuleProperties.AUTH_TIMEOUT.set(s, settings.authTimeout());
        // The game warns and disconnects an idle player itself (GameShell); MINA's own idle
        // timer (10 minutes by default) would cut them first, so it is set just beyond ours.
        CoreModuleProperties.IDLE_TIMEOUT.set(s, settings.idleTimeout().isZero() ? Duration.ZERO
                : settings.idleTimeout().plusMinutes(1));
        CoreModuleProperties.SERVER_IDENTIFICATION.set(s, "Brass");
        timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ssh-idle");
            t.setDaemon(true);
            return t;
        });
        try {
            s.start();
        } catch (IOException | RuntimeException e) {
            timers.shutdownNow();
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
        GameShell shell = new GameShell(settings, reactor, lobby, timers);
        shells.removeIf(GameShell::isDone);
        shells.add(shell);
        return shell;
    }

    private Command refuse(ChannelSession channel, String command) {
        log.info("ssh exec refused from {}: {}", channel.getSession().getClientAddress(),
                command.length() > 80 ? command.substring(0, 80) + "..." : command);
        return new RefusedCommand("Brass is a game, not a shell host: it runs no commands. "
                + "Connect without one: ssh -p " + port() + " " + channel.getSession().getUsername() + "@"
                + settings.host());
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
        if (NameRules.problem(user).isPresent() || password.length() > 1024) {
            return false;
        }
        AsyncAuthException pending = new AsyncAuthException();
        lobby.authenticate(user, password, address(session.getClientAddress())).whenComplete((account, error) -> {
            boolean ok = error == null && account.isPresent();
            if (ok) {
                session.setAttribute(ACCOUNT, account.get());
                log.info("ssh password login: {} from {}", account.get().name(), session.getClientAddress());
            } else {
                log.info("ssh password refused for {} from {}", user, session.getClientAddress());
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
            log.warn("ssh key login for {}: the account store did not answer: {}", user, e.toString());
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

    private static String address(SocketAddress a) {
        return a instanceof InetSocketAddress i && i.getAddress() != null ? i.getAddress().getHostAddress()
                : String.valueOf(a);
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
        timers.shutdownNow();
        server = null;
        log.info("ssh server stopped");
    }
}
