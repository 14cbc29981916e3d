package brass.protocols.play;

import brass.engine.reactor.DelayedCall;
import brass.engine.reactor.Reactor;
import brass.protocols.account.Account;
import brass.protocols.account.AccountStore;
import brass.protocols.account.NameRules;
import brass.protocols.account.LoginThrottle;
import brass.protocols.guard.ClientAddress;
import brass.protocols.guard.Guard;
import brass.protocols.account.PasswordHasher;
import brass.protocols.account.Roles;
import brass.protocols.gmcp.Gmcp;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionListener;
import brass.world.game.Game;
import brass.world.game.PlayerSession;
import brass.world.model.Thing;
import brass.world.parser.Topic;
import brass.world.parser.Verb;
import brass.world.markup.Markup;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way into the game for every network client, telnet or SSH: it makes each connection's
 * {@link ClientSession} (login first, then play), and keeps what spans connections: who is
 * playing through which connection, characters whose link dropped and are waiting for their
 * player, the login throttle and its password checks, and the channels ({@link Channels}).
 * Game-loop only.
 */
public final class Lobby {

    private static final Logger log = LoggerFactory.getLogger(Lobby.class);

    private RoomAtlas atlas = RoomAtlas.NONE;
    private final Game game;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle = new LoginThrottle(100_000);
    private final PasswordChecks checks;
    private final PlaySettings settings;
    private final Guard guard;
    private final Map<Thing, ClientSession> playing = new HashMap<>();
    private final Map<Thing, DelayedCall> linkDead = new HashMap<>();
    private long commandsTyped;
    /** Per account key, the last write under way: writes go in order, and a login reads after them. */
    private final Map<String, CompletableFuture<Account>> saves = new HashMap<>();
    private final NewNames newNames;
    private final Channels channels;
    private Mailbox mailbox;
    private Gate gate = Gate.OPEN;
    private String standingNotice;

    /** A lobby whose listeners have no connection caps (tools and tests); see the other constructor. */
    public Lobby(Game game, AccountStore accounts, PasswordHasher hasher, PlaySettings settings) {
        this(game, accounts, hasher, settings, Guard.uncapped(game.reactor().clock()));
    }

    /**
     * @param guard the defences shared with the listeners: its log budget bounds what players'
     *              logins make the server log, and SSH takes its connection caps from here
     */
    public Lobby(Game game, AccountStore accounts, PasswordHasher hasher, PlaySettings settings, Guard guard) {
        this.game = game;
        this.accounts = accounts;
        this.hasher = hasher;
        this.settings = settings;
        this.newNames = new NewNames(game);
        this.guard = guard;
        this.checks = new PasswordChecks(game.reactor(), hasher, throttle);
        this.channels = Channels.install(this);
        Habits.install(this);
        PasswordChange.install(this);
    }

    /**
     * Keeps tells to players who are away in {@code store}, shown when they next come in; without
     * it, such a tell is refused. Call on the loop, before players come in.
     */
    public void mail(brass.protocols.mail.MailStore store) {
        mailbox = new Mailbox(this, store);
        game.postbox(mailbox);
    }

    /** The wall clock channel histories and letters are dated by (UTC by default; a test's own). Loop only. */
    public void wallClock(java.time.Clock wall) {
        channels.clock(wall);
        if (mailbox != null) {
            mailbox.clock(wall);
        }
    }

    /** Where tells to players away are kept, if anywhere. */
    Optional<Mailbox> mailbox() {
        return Optional.ofNullable(mailbox);
    }

    /** The channels players talk on. */
    Channels channels() {
        return channels;
    }

    /** The factory a server calls for each new connection (on the game loop): the login dialogue first. */
    public ConnectionListener accept(Connection connection) {
        return admit(connection, null);
    }

    /**
     * For a connection whose player the transport already authenticated (SSH password or key):
     * straight into the game as {@code account}. Call on the game loop.
     */
    public ConnectionListener acceptAuthenticated(Connection connection, Account account) {
        return admit(connection, account);
    }

    /** Sets who may come in (an admin's bans). Call on the loop. */
    public void gate(Gate newGate) {
        gate = Objects.requireNonNull(newGate, "gate");
    }

    /**
     * Why a client from {@code client} may not connect, decided on the game loop: for a transport
     * that can turn it away before its own login (SSH). Safe from any thread.
     */
    public CompletableFuture<Optional<String>> refusal(SocketAddress client) {
        CompletableFuture<Optional<String>> result = new CompletableFuture<>();
        onLoop(() -> result.complete(gate.refuse(client)));
        return result;
    }

    /** Why {@code account} may not enter the game now, or empty. Loop only. */
    Optional<String> refusal(Account account) {
        return gate.refuse(account);
    }

    private ConnectionListener admit(Connection connection, Account account) {
        Optional<String> refused = gate.refuse(connection.remoteAddress());
        if (refused.isPresent()) {
            log.info("connection {} from {} refused: {}", connection.id(), connection.remoteAddress(), refused.get());
            connection.send(Markup.escape(refused.get()));
            connection.close("refused at the gate");
            return REFUSED;
        }
        gate.admitted(connection);
        return new ClientSession(this, connection, account);
    }

    /** What listens to a connection turned away: nothing it sends matters. */
    private static final ConnectionListener REFUSED = new ConnectionListener() {
        @Override
        public void onLine(String line) {
        }

        @Override
        public void onClose(String reason) {
        }
    };

    /**
     * Checks a name and password for a transport that authenticates before the game sees the
     * connection (SSH), through the same {@link PasswordChecks} as the telnet dialogue: the same
     * throttle, counted against the same name and address. Completes with the account when the
     * password is right, empty otherwise; safe from any thread (the work is done on the game loop
     * and the worker pool). Cancel the future if the client leaves before the answer.
     */
    public CompletableFuture<Optional<Account>> authenticate(String name, String password, ClientAddress address) {
        CompletableFuture<Optional<Account>> result = new CompletableFuture<>();
        Runnable start = () -> find(name).whenComplete((found, error) -> onLoop(() -> {
            if (error != null) {
                log.error("account store failed while authenticating {}", name, error);
            }
            // Unknown names go through the same checks as wrong passwords (without a hash), so
            // an address cannot try names faster than passwords.
            Account account = found == null ? null : found.orElse(null);
            CompletableFuture<Boolean> checked = checks.check(NameRules.key(name),
                    account == null ? null : account.passwordHash(), password, address, wait -> { });
            result.whenComplete((r, e) -> {
                if (result.isCancelled()) {
                    checked.cancel(false);
                }
            });
            checked.whenComplete((ok, e) -> result.complete(e == null && ok ? Optional.of(account) : Optional.empty()));
        }));
        onLoop(start);
        return result;
    }

    private void onLoop(Runnable task) {
        if (reactor().inLoop()) {
            task.run();
        } else {
            reactor().execute(task);
        }
    }

    /** The account of a player now connected, for commands that manage it (SSH keys). Loop only. */
    public Optional<Account> account(Thing actor) {
        ClientSession c = playing.get(actor);
        return c == null ? Optional.empty() : Optional.ofNullable(c.account());
    }

    /**
     * Saves a changed account of a connected player and keeps the session's copy in step.
     * Completes on the game loop once the store has it.
     */
    public CompletableFuture<Account> updateAccount(Thing actor, Account changed) {
        CompletableFuture<Account> result = new CompletableFuture<>();
        save(changed).whenComplete((saved, error) -> onLoop(() -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            ClientSession c = playing.get(actor);
            if (c != null) {
                c.accountChanged(saved);
            }
            result.complete(saved);
        }));
        return result;
    }

    /**
     * Stores {@code account} after any write of it still under way, so that a later change is
     * never overtaken by an earlier one. Completes on the game loop. Loop only.
     */
    CompletableFuture<Account> save(Account account) {
        return inTurn(account.key(), () -> accounts.update(account));
    }

    /**
     * Adds a session's play time to {@code actor}'s account, in turn with its other writes. A later
     * session of the same character, already playing (it took over), holds the new total too.
     * Loop only.
     */
    void addPlayed(Thing actor, Account account, Duration stint) {
        inTurn(account.key(), () -> accounts.addPlayed(account, stint)).whenComplete((saved, error) -> {
            if (error != null) {
                log.error("could not record {} of play by {}", stint, account.name(), error);
                return;
            }
            ClientSession now = playing.get(actor);
            if (now != null && now.account() != null && now.account().id() == saved.id()
                    && now.account().played().compareTo(saved.played()) < 0) {
                now.accountChanged(now.account().withPlayed(saved.played()));
                now.session().playedBefore(saved.played());
            }
        });
    }

    /** Runs {@code write} of the account under {@code key} once every earlier write of it has landed. */
    private CompletableFuture<Account> inTurn(String key, Supplier<CompletionStage<Account>> write) {
        CompletableFuture<Account> before = saves.get(key);
        CompletableFuture<Account> after = new CompletableFuture<>();
        saves.put(key, after);
        Runnable start = () -> write.get().whenComplete((saved, error) -> onLoop(() -> {
            if (saves.get(key) == after) {
                saves.remove(key);
            }
            if (error != null) {
                after.completeExceptionally(error);
            } else {
                after.complete(saved);
            }
        }));
        if (before == null) {
            start.run();
        } else {
            before.whenComplete((v, e) -> start.run());
        }
        return after;
    }

    /**
     * Finds an account as the store has it once every write of it under way has landed: a player
     * who quits and comes straight back finds the settings they just chose. Loop only.
     */
    java.util.concurrent.CompletionStage<Optional<Account>> find(String name) {
        CompletableFuture<Account> pending = saves.get(NameRules.key(name));
        return pending == null ? accounts.find(name)
                : pending.handle((v, e) -> null).thenCompose(v -> accounts.find(name));
    }

    /**
     * Changes the account of a connected player by {@code change} (a setting, the password): the
     * session holds the change at once, so the next command sees it, and the store gets it after
     * any earlier change of that player's, in order. Completes on the game loop once stored.
     * Fails when the player is not connected here. Loop only.
     */
    CompletableFuture<Account> changeAccount(Thing actor, java.util.function.UnaryOperator<Account> change) {
        ClientSession c = playing.get(actor);
        if (c == null || c.account() == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(actor.name() + " is not connected"));
        }
        return c.changeAccount(change);
    }

    /** The player's session on this lobby's connection, for the commands that change how it plays. Loop only. */
    Optional<ClientSession> client(Thing actor) {
        return Optional.ofNullable(playing.get(actor));
    }

    /**
     * An operator changed an account's roles in the store: the player of that account, if one is
     * playing now, holds the new roles at once. Returns that character, if any. Loop only.
     */
    public Optional<Thing> rolesChanged(Account changed) {
        for (Map.Entry<Thing, ClientSession> e : playing.entrySet()) {
            Account held = e.getValue().account();
            if (held != null && held.id() == changed.id()) {
                e.getValue().accountChanged(held.withRoles(changed.roles()));
                e.getValue().session().role(Roles.shown(changed));
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * The character {@code connection} is playing, if it is past the login: for a transport's
     * own display of where its player is (the SSH status line). Loop only.
     */
    public Optional<Thing> playerOf(Connection connection) {
        for (Map.Entry<Thing, ClientSession> e : playing.entrySet()) {
            if (e.getValue().connection() == connection) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Something that takes over a playing connection's input for a while (watching the
     * terrarium): it gets every line the player types instead of the game, until it is released
     * or the connection closes. Game-loop only.
     */
    public interface InputOwner {

        /** A line (or, from an SSH full-screen view, a single key) the player typed. */
        void onLine(String line);

        /** The connection closed while owned; the owner cleans up. Called once, before the player leaves. */
        void onDisconnect();

        /**
         * Whether {@code line}, arriving just after the owner let go, was still meant for it:
         * typed before the player could see the game come back (a quick "q" then "s" after
         * leaving the terrarium should spawn nothing, not walk south). Asked for
         * {@link #STRAY_WINDOW} after release; such lines are dropped, and the player told once.
         */
        default boolean stray(String line) {
            return false;
        }
    }

    /** How long after an owner lets go a line may still be {@link InputOwner#stray} for it. */
    public static final Duration STRAY_WINDOW = Duration.ofMillis(250);

    /** The connection now playing {@code actor}, for verbs that draw on it (watch). Loop only. */
    public Optional<Connection> connection(Thing actor) {
        ClientSession c = playing.get(actor);
        return c == null ? Optional.empty() : Optional.of(c.connection());
    }

    /**
     * Hands {@code actor}'s input to {@code owner}. False when the actor is not connected here or
     * something else already owns the input. Loop only.
     */
    public boolean capture(Thing actor, InputOwner owner) {
        ClientSession c = playing.get(actor);
        return c != null && c.capture(owner);
    }

    /** Gives {@code actor}'s input back to the game, if {@code owner} has it. Loop only. */
    public void release(Thing actor, InputOwner owner) {
        ClientSession c = playing.get(actor);
        if (c != null) {
            c.release(owner);
        }
    }

    /** The account store, for transports that authenticate by key. */
    public AccountStore accounts() {
        return accounts;
    }

    /** Tells mappers each room's area from {@code source} (on the game loop), for players who enter from now on. */
    public void atlas(RoomAtlas source) {
        atlas = source;
    }

    /** Where mappers learn each room's area. */
    public RoomAtlas atlas() {
        return atlas;
    }

    public Game game() {
        return game;
    }

    Reactor reactor() {
        return game.reactor();
    }

    PasswordHasher hasher() {
        return hasher;
    }

    PasswordChecks passwordChecks() {
        return checks;
    }

    /** How long a connection may take to get into the game, for transports that time their own part of it. */
    public Duration loginTimeout() {
        return settings.loginTimeout();
    }

    /** The defences this lobby's listeners share (connection caps, the log budget). */
    public Guard guard() {
        return guard;
    }

    NewNames newNames() {
        return newNames;
    }

    PlaySettings settings() {
        return settings;
    }

    /** Sends {@code text} (markup allowed) to every player now playing. Loop only. */
    public void tellEveryone(String text) {
        for (ClientSession c : playing.values()) {
            c.connection().send(text);
        }
    }

    /**
     * A notice shown to each player who enters the game while it stands (a fault the server is
     * living with, such as saving that fails), so those who arrive later hear of it too; null
     * takes it down. Loop only.
     */
    public void standingNotice(String text) {
        standingNotice = text;
    }

    /** The notice for players entering now, if one stands. Loop only. */
    Optional<String> standingNotice() {
        return Optional.ofNullable(standingNotice);
    }

    /**
     * How many players are connected and playing (the admins' {@code status}); the count players
     * see ({@code who}, the SSH status line, MSSP) is {@link brass.world.game.Game#playerCount()}.
     */
    public int playersOnline() {
        return playing.size();
    }

    /** Players with a live connection, by protocol ("telnet", "ssh", ...), in name order. */
    public Map<String, Integer> playersByProtocol() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (ClientSession c : playing.values()) {
            out.merge(c.connection().protocol(), 1, Integer::sum);
        }
        return out;
    }

    /** Characters left in the world by a dropped connection, waiting out their grace. */
    public int linkDeadCount() {
        return linkDead.size();
    }

    /** Commands players have typed since the server started. */
    public long commandsTyped() {
        return commandsTyped;
    }

    void commandTyped() {
        commandsTyped++;
    }

    /** A character now has a live connection: cancel any pending link-dead departure. */
    void playing(Thing actor, ClientSession client) {
        playing.put(actor, client);
        DelayedCall pending = linkDead.remove(actor);
        if (pending != null) {
            pending.cancel();
        }
    }

    /** The connection playing {@code actor} ended; the character leaves the world now or after a grace. */
    void stopped(Thing actor, ClientSession client, boolean linkDropped, Runnable leave) {
        if (playing.get(actor) != client) {
            return;
        }
        playing.remove(actor);
        if (!linkDropped || settings.linkDeadGrace().isZero()) {
            leave.run();
            return;
        }
        game.session(actor).ifPresent(PlayerSession::linkLost);
        linkDead.put(actor, reactor().callLater(settings.linkDeadGrace(), "link-dead " + actor.id(), () -> {
            linkDead.remove(actor);
            if (!playing.containsKey(actor)) {
                log.info("{} was link-dead for {} and leaves the world", actor.name(), settings.linkDeadGrace());
                leave.run();
            }
        }));
    }

    /** True while {@code actor}'s link is down and the character is still in the world. */
    public boolean isLinkDead(Thing actor) {
        return linkDead.containsKey(actor);
    }
}
