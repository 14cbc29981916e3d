package brass.protocols.play;

import brass.engine.reactor.DelayedCall;
import brass.protocols.account.Account;
import brass.protocols.account.AccountStore;
import brass.protocols.account.NameRules;
import brass.protocols.account.PasswordHasher;
import brass.protocols.account.Roles;
import brass.protocols.gmcp.Gmcp;
import brass.protocols.guard.ClientAddress;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionListener;
import brass.world.game.PlayerSession;
import brass.world.model.Thing;
import brass.world.markup.Markup;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One network client from its first byte to its last, whichever protocol carries it: a state
 * per phase (asking the name, the password, confirming a new character, playing), in the manner
 * of one handler per connection state behind one connection. Every method runs on the game loop;
 * slow work (the store, password hashing) goes off the loop and its answer comes back to it.
 */
final class ClientSession implements ConnectionListener {

    private static final Logger log = LoggerFactory.getLogger(ClientSession.class);

    private interface State {
        void line(String line);
    }

    private static final int MAX_TYPE_AHEAD = 16;

    private final java.util.ArrayDeque<String> typeAhead = new java.util.ArrayDeque<>();
    private final Lobby lobby;
    private final Connection connection;
    private DelayedCall loginTimer;
    /** The password being checked, while it is; cancelled if the client leaves first. */
    private CompletableFuture<Boolean> pendingCheck;
    private State state;
    private boolean busy;
    private boolean closed;

    // Login.
    private String name;
    private Account account;
    private String firstPassword;
    private int wrongPasswords;

    // Play.
    private PlayerSession session;
    private ConnectionView view;
    private Thing actor;
    private boolean idleWarned;
    // While set (watching the terrarium), lines go here instead of to the game.
    private Lobby.InputOwner inputOwner;
    /** The owner last released, while its stray lines may still arrive; null after. */
    private Lobby.InputOwner released;
    private long releasedAt;
    private boolean toldOfStrays;

    ClientSession(Lobby lobby, Connection connection, Account authenticated) {
        this.lobby = lobby;
        this.connection = connection;
        connection.send(lobby.settings().welcome());
        if (authenticated != null) {
            account = authenticated;
            name = authenticated.name();
            enterGame();
        } else {
            loginTimer = lobby.reactor().callLater(lobby.settings().loginTimeout(), "login timeout " + connection.id(),
                    () -> {
                        if (actor == null && connection.isOpen()) {
                            connection.send("You took too long to log in. Goodbye.");
                            connection.close("login timeout");
                        }
                    });
            askName();
        }
    }

    Connection connection() {
        return connection;
    }

    Thing actor() {
        return actor;
    }

    Account account() {
        return account;
    }

    void accountChanged(Account changed) {
        account = changed;
    }

    ConnectionView view() {
        return view;
    }

    PlayerSession session() {
        return session;
    }

    /** See {@link Lobby#changeAccount}. */
    CompletableFuture<Account> changeAccount(java.util.function.UnaryOperator<Account> change) {
        account = change.apply(account);
        return lobby.save(account);
    }

    // ---- ConnectionListener --------------------------------------------------------------------

    @Override
    public void onLine(String line) {
        if (closed) {
            return;
        }
        if (busy) {
            // Waiting for the store or the hasher: keep a little type-ahead (a client's scripted
            // login sends everything at once), bounded so a flood cannot grow memory.
            if (typeAhead.size() < MAX_TYPE_AHEAD) {
                typeAhead.add(line);
            }
            return;
        }
        state.line(line);
    }

    /** Feeds type-ahead to the current state until a state goes busy again. */
    private void drainTypeAhead() {
        while (!busy && !closed && !typeAhead.isEmpty()) {
            connection.answeringHeldLine();
            state.line(typeAhead.poll());
        }
    }

    @Override
    public boolean onIdle() {
        if (session == null || idleWarned) {
            return false;
        }
        idleWarned = true;
        connection.send("{yellow}You have been idle a long while; you will be disconnected soon unless you do something.{/}");
        return true;
    }

    boolean capture(Lobby.InputOwner owner) {
        if (inputOwner != null || session == null) {
            return false;
        }
        inputOwner = owner;
        return true;
    }

    void release(Lobby.InputOwner owner) {
        if (inputOwner == owner) {
            inputOwner = null;
            released = owner;
            releasedAt = lobby.reactor().now();
            toldOfStrays = false;
        }
    }

    /**
     * Whether {@code line} was typed for the owner just released, too fast to be meant for the
     * game. The player is told once that such input was ignored: nothing is lost in silence.
     */
    private boolean stray(String line) {
        if (released == null) {
            return false;
        }
        if (lobby.reactor().now() - releasedAt >= Lobby.STRAY_WINDOW.toNanos()) {
            released = null;
            return false;
        }
        if (!released.stray(line)) {
            return false;
        }
        if (!toldOfStrays) {
            toldOfStrays = true;
            connection.send("{dim}(What you typed just as you stopped watching was ignored.){/}");
        }
        return true;
    }

    @Override
    public void onClose(String reason) {
        closed = true;
        if (inputOwner != null) {
            Lobby.InputOwner owner = inputOwner;
            inputOwner = null;
            owner.onDisconnect();
        }
        if (loginTimer != null) {
            loginTimer.cancel();
        }
        if (pendingCheck != null) {
            pendingCheck.cancel(false);
        }
        if (actor == null) {
            return;
        }
        lobby.addPlayed(actor, account, session.playedHere());
        boolean dropped = !view.endedByTheGame() && !"idle timeout".equals(reason);
        PlayerSession playing = session;
        lobby.stopped(actor, this, dropped, () -> playing.close("Goodbye."));
    }

    // ---- login states ---------------------------------------------------------------------------

    private void askName() {
        state = this::nameEntered;
        connection.prompt("By what name shall we know you? ");
    }

    private void nameEntered(String line) {
        String typed = line.strip();
        if (typed.isEmpty()) {
            askName();
            return;
        }
        if (typed.equalsIgnoreCase("quit")) {
            connection.send("Goodbye.");
            connection.close("quit at login");
            return;
        }
        var problem = NameRules.problem(typed);
        if (problem.isPresent()) {
            connection.send(problem.get());
            askName();
            return;
        }
        name = NameRules.display(typed);
        // The name as typed: an account made before names were normalised is found by it too.
        await(lobby.find(typed), (found, error) -> {
            if (error != null) {
                storeTrouble("looking up " + name, error);
                askName();
            } else if (found.isPresent()) {
                account = found.get();
                name = account.name();
                wrongPasswords = 0;
                askPassword();
            } else {
                offerNew();
            }
        });
    }

    /**
     * No character has the name: it may be a new one if the game does not use it and no
     * character's name looks like it.
     */
    private void offerNew() {
        Optional<String> refused = lobby.newNames().problem(name);
        if (refused.isPresent()) {
            connection.send(refused.get());
            askName();
            return;
        }
        await(lobby.accounts().findLookAlike(name), (like, error) -> {
            if (error != null) {
                storeTrouble("looking up names like " + name, error);
                askName();
            } else if (like.isPresent()) {
                connection.send(NameRules.TOO_LIKE);
                askName();
            } else {
                state = this::confirmNew;
                connection.prompt("No one called " + name + " lives here yet. Create that character? (yes/no) ");
            }
        });
    }

    private void confirmNew(String line) {
        String answer = line.strip().toLowerCase(Locale.ROOT);
        if (answer.equals("y") || answer.equals("yes")) {
            askNewPassword();
        } else if (answer.equals("n") || answer.equals("no")) {
            askName();
        } else {
            connection.prompt("Please answer yes or no: create " + name + "? ");
        }
    }

    private void askNewPassword() {
        state = this::newPassword;
        connection.setEchoOff(true);
        connection.prompt("Choose a password (" + lobby.settings().minPasswordLength() + " or more characters): ");
    }

    private void newPassword(String line) {
        connection.send("");
        Optional<String> problem = lobby.settings().passwordProblem(line);
        if (problem.isPresent()) {
            connection.send(problem.get());
            askNewPassword();
            return;
        }
        firstPassword = line;
        state = this::confirmPassword;
        connection.prompt("Type it again: ");
    }

    private void confirmPassword(String line) {
        connection.send("");
        if (!line.equals(firstPassword)) {
            firstPassword = null;
            connection.send("The two differ; let's try again.");
            askNewPassword();
            return;
        }
        String password = firstPassword;
        firstPassword = null;
        connection.setEchoOff(false);
        // The world may have gained a character of that name (a reload) while the password was typed.
        Optional<String> refused = lobby.newNames().problem(name);
        if (refused.isPresent()) {
            connection.send(refused.get());
            askName();
            return;
        }
        connection.send("Creating " + name + "...");
        PasswordHasher hasher = lobby.hasher();
        AccountStore store = lobby.accounts();
        CompletionStage<Account> created = lobby.reactor().offload("hash password", () -> hasher.hash(password))
                .thenCompose(hash -> store.create(name, hash));
        await(created, (made, error) -> {
            if (error != null) {
                if (unwrap(error) instanceof AccountStore.LookAlikeNameException) {
                    connection.send(NameRules.TOO_LIKE);
                } else if (unwrap(error) instanceof AccountStore.NameTakenException) {
                    connection.send("Someone took the name " + name + " a moment ago; please choose another.");
                } else {
                    storeTrouble("creating " + name, error);
                }
                askName();
                return;
            }
            // The store has committed: only now is the player told the character exists.
            lobby.guard().logs().info(log, address(), "account created: {} (connection {} from {})", made.name(),
                    connection.id(), connection.remoteAddress());
            account = made;
            connection.send("Welcome, " + made.name() + "! Type {bold}help{/} for the commands.");
            enterGame();
        });
    }

    private void askPassword() {
        state = this::passwordEntered;
        connection.setEchoOff(true);
        connection.prompt("Password: ");
    }

    private void passwordEntered(String password) {
        connection.send("");
        ClientAddress address = address();
        pendingCheck = lobby.passwordChecks().check(account.key(), account.passwordHash(), password, address,
                wait -> connection.send("{dim}Wrong passwords were tried from your address lately, so logins from it "
                        + "are slowed: yours will be checked in " + seconds(wait) + ".{/}"));
        await(pendingCheck, (ok, error) -> {
            pendingCheck = null;
            if (error != null) {
                storeTrouble("checking the password of " + name, error);
                askPassword();
            } else if (ok) {
                connection.setEchoOff(false);
                Account logged = account.withLastLogin(Instant.now());
                account = logged;
                lobby.save(logged).whenComplete((a, e) -> {
                    if (e != null) {
                        log.warn("could not record the login time of {}: {}", logged.name(), unwrap(e).getMessage());
                    }
                });
                enterGame();
            } else {
                wrongPasswords++;
                lobby.guard().logs().info(log, address, "wrong password for {} from {} ({} of {})", name,
                        connection.remoteAddress(), wrongPasswords, lobby.settings().maxPasswordTries());
                if (wrongPasswords >= lobby.settings().maxPasswordTries()) {
                    connection.setEchoOff(false);
                    connection.send("Wrong password. Too many tries; goodbye.");
                    connection.close("too many wrong passwords");
                } else {
                    connection.send("Wrong password.");
                    askPassword();
                }
            }
        });
    }

    /** Where the client is, as the throttle and the log budget count it. */
    private ClientAddress address() {
        return ClientAddress.of(connection.remoteAddress());
    }

    private static String seconds(long nanos) {
        long s = Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
        return s == 1 ? "a second" : s + " seconds";
    }

    private void storeTrouble(String what, Throwable error) {
        log.error("account store failed while {}", what, unwrap(error));
        connection.setEchoOff(false);
        connection.send("{red}The game cannot reach its records right now; please try again in a moment.{/}");
    }

    /** Runs {@code then} on the loop once {@code stage} completes; input is ignored meanwhile. */
    private <T> void await(CompletionStage<T> stage, BiConsumer<T, Throwable> then) {
        busy = true;
        stage.whenComplete((value, error) -> {
            Runnable resume = () -> {
                busy = false;
                if (!closed) {
                    then.accept(value, error);
                    drainTypeAhead();
                }
            };
            if (lobby.reactor().inLoop()) {
                resume.run();
            } else {
                lobby.reactor().execute(resume);
            }
        });
    }

    private static Throwable unwrap(Throwable e) {
        return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    }

    // ---- play -----------------------------------------------------------------------------------

    private void enterGame() {
        Optional<String> barred = lobby.refusal(account);
        if (barred.isPresent()) {
            log.info("{} may not enter the game (connection {} from {}): {}", account.name(), connection.id(),
                    connection.remoteAddress(), barred.get());
            connection.setEchoOff(false);
            connection.send(Markup.escape(barred.get()));
            connection.close("refused at the gate");
            return;
        }
        if (loginTimer != null) {
            loginTimer.cancel();
        }
        connection.sendGmcp(Gmcp.charName(account.name(), account.name()));
        // Only the channels this account may talk on: builders is offered to the staff alone.
        connection.sendGmcp(Gmcp.commChannelList(lobby.channels().namesFor(account)));
        view = new ConnectionView(connection, lobby.atlas());
        Habits.applyLooks(account, view, connection);
        session = lobby.game().enter(account.name(), view);
        actor = session.actor();
        lobby.playing(actor, this);
        lobby.standingNotice().ifPresent(connection::send);
        view.showing(actor);
        Habits.applyPlay(account, this);
        Duration age = Duration.between(account.created(), Instant.now());
        session.history(age.isNegative() ? Duration.ZERO : age, account.played());
        session.role(Roles.shown(account));
        session.ownWords(() -> Aliases.of(account).keySet());
        lobby.mailbox().ifPresent(m -> m.deliver(this));
        lobby.guard().logs().info(log, address(), "{} entered the game (connection {} from {})", actor.name(),
                connection.id(), connection.remoteAddress());
        state = line -> {
            idleWarned = false;
            lobby.commandTyped();
            if (inputOwner != null) {
                inputOwner.onLine(line);
            } else if (!stray(line)) {
                Habits.perform(this, line);
            }
        };
    }
}
