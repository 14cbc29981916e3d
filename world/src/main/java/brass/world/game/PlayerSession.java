package brass.world.game;

import brass.world.action.PlayerStatus;
import brass.world.action.Following;
import brass.world.action.Pager;
import brass.world.action.Postbox;
import brass.world.action.Turn;
import brass.world.language.Event;
import brass.world.language.Narrator;
import brass.world.model.Scope;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.parser.Chain;
import brass.world.parser.Command;
import brass.world.parser.ParseResult;
import brass.world.parser.Referents;
import brass.world.parser.Verbs;
import java.time.Duration;
import java.util.Collection;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One player's connection to the game: their lines in, their text out, on the game loop. Holds
 * what the parser must remember between lines for this player: pronouns, a pending "Which do you
 * mean?" question, and the last command for "again". Each line is one {@link #perform} that
 * returns what the turn came to.
 */
public final class PlayerSession implements Turn {

    private static final Logger log = LoggerFactory.getLogger(PlayerSession.class);

    private final Game game;
    private final Thing actor;
    private final PlayerView out;
    private final Referents referents = new Referents();
    private ParseResult.Pending pending;
    private String lastLine;
    // Lines typed while a chain of commands was still running, in order.
    private final ArrayDeque<String> waiting = new ArrayDeque<>();
    private boolean chaining;
    private boolean refused;
    private String farewell;
    private boolean open = true;
    private boolean brief;
    private boolean linkLost;
    // On the game's clock (nanoseconds): when this session began, when its player last typed a
    // command, and when its link dropped.
    private final long startedAt;
    private long lastInputAt;
    private long linkLostAt;
    private long closedAt;
    private String role = "";
    private Duration ageBefore = Duration.ZERO;
    private Duration playedBefore = Duration.ZERO;
    private Supplier<Collection<String>> ownWords = List::of;
    private Thing lastTeller;
    private final Pager pager = new Pager();

    PlayerSession(Game game, Thing actor, PlayerView out) {
        this.game = game;
        this.actor = actor;
        this.out = out;
        this.startedAt = game.reactor().now();
        this.lastInputAt = startedAt;
    }

    /**
     * What came before this session, which the game does not keep: how old the character was and
     * how long it had been played when this session began. On the loop.
     */
    public void history(Duration age, Duration played) {
        ageBefore = Objects.requireNonNull(age, "age");
        playedBefore = Objects.requireNonNull(played, "played");
    }

    /** How long the character had been played before this session, when that changes (another session ended). */
    public void playedBefore(Duration played) {
        playedBefore = Objects.requireNonNull(played, "played");
    }

    /** The player's role as {@code who} shows it ({@code admin}, {@code builder}; empty for none). On the loop. */
    public void role(String role) {
        this.role = role == null ? "" : role;
    }

    /** The player's own words ({@code alias}es), which may be suggested for a verb nobody knows. */
    public void ownWords(Supplier<Collection<String>> words) {
        ownWords = Objects.requireNonNull(words, "words");
    }

    /** How long this session has been played: until its link dropped, or until now. On the loop. */
    public Duration playedHere() {
        long end = linkLost ? linkLostAt : !open ? closedAt : game.reactor().now();
        return Duration.ofNanos(Math.max(0, end - startedAt));
    }

    /** The player's standing now, for {@code who} and {@code score}. On the loop. */
    public PlayerStatus status() {
        long now = game.reactor().now();
        return new PlayerStatus(Duration.ofNanos(Math.max(0, now - lastInputAt)), linkLost, role,
                ageBefore.plus(Duration.ofNanos(Math.max(0, now - startedAt))), playedBefore.plus(playedHere()));
    }

    @Override
    public Thing actor() {
        return actor;
    }

    /** Whether the session is still playing. Read it on the loop. */
    public boolean isOpen() {
        return open;
    }

    /**
     * Runs one line the player typed: parse, act, deliver the events, then the prompt (or the
     * farewell, if the line ended the session). On the loop only: an adapter hands its input
     * over with {@code reactor.execute}, as {@code GameConnection} does.
     *
     * <p>A line may hold several commands ("n. e. take lamp", see {@link Chain}). Each runs as a
     * task of its own on the loop, so what others do falls between them as it happens; the chain
     * stops at the first command that fails (not understood, a question asked, nothing done but
     * refusing) and the prompt follows the last. Lines typed meanwhile wait their turn. The result
     * is the first command's.
     */
    public TurnResult perform(String line) {
        game.reactor().checkInLoop();
        if (!open) {
            return TurnResult.NOTHING;
        }
        lastInputAt = game.reactor().now();
        String text = line == null ? "" : line.strip();
        if (chaining || !waiting.isEmpty()) {
            waiting.add(text);
            return TurnResult.NOTHING;
        }
        return step(text);
    }

    /** What one command of a line came to, and whether the commands after it may run. */
    private record Step(TurnResult result, String rest, boolean succeeded) {
        static Step stop(TurnResult result) {
            return new Step(result, "", false);
        }
    }

    private TurnResult step(String text) {
        Step step;
        try {
            step = turn(text);
        } catch (RuntimeException e) {
            log.error("command '{}' by {} failed", text, actor.id(), e);
            step = Step.stop(answer("Something went wrong with that command; it has been logged."));
        }
        if (farewell != null) {
            close(farewell);
        } else if (open && step.succeeded() && !step.rest().isBlank()) {
            later(step.rest());
        } else if (open) {
            prompt();
            if (!waiting.isEmpty()) {
                later(waiting.poll());
            }
        }
        return step.result();
    }

    /** Runs {@code text} as a task of its own on the loop: the next command of a chain, or a line that waited. */
    private void later(String text) {
        chaining = true;
        try {
            game.reactor().execute(() -> {
                chaining = false;
                if (open) {
                    step(text);
                }
            });
        } catch (RejectedExecutionException e) {
            // The loop is stopping or overfull: the rest of the line is dropped.
            chaining = false;
            waiting.clear();
            prompt();
        }
    }

    private Step turn(String line) {
        ParseResult result = null;
        String rest = "";
        if (pending != null) {
            ParseResult.Pending question = pending;
            pending = null;
            result = game.parser().answer(line, question, actor, referents);
        }
        if (result == null) {
            Chain chain = game.parser().chain(line);
            String command = chain.first();
            rest = chain.rest();
            String lower = command.toLowerCase(Locale.ROOT);
            if (lower.equals("again") || lower.equals("g")) {
                if (lastLine == null) {
                    return Step.stop(answer("There is nothing to do again."));
                }
                command = lastLine;
            }
            result = game.parser().parse(command, actor, referents, ownWords.get());
            if (!(result instanceof ParseResult.Nothing)) {
                lastLine = command;
            }
        }
        if (result instanceof ParseResult.Failed failed) {
            return Step.stop(answer(failed.message()));
        }
        if (result instanceof ParseResult.Ambiguous ambiguous) {
            pending = ambiguous.pending();
            return Step.stop(answer(ambiguous.question()));
        }
        if (result instanceof ParseResult.Parsed parsed) {
            refused = false;
            TurnResult done = act(parsed.command());
            return new Step(done, rest, !refused || done.happened());
        }
        return new Step(TurnResult.NOTHING, rest, true);
    }

    private TurnResult answer(String text) {
        send(text);
        return TurnResult.answered(text);
    }

    TurnResult act(Command command) {
        List<Event> events = game.action(command.verb()).perform(command, this);
        game.deliver(events);
        game.hooks().acted(actor, command, events);
        game.moveFollowers();
        TurnResult done = new TurnResult(events, Optional.empty());
        if (done.happened() || events.isEmpty()) {
            return done;
        }
        // Nothing anyone else saw: what the actor read is the turn's reply.
        boolean sees = Scope.canSee(actor);
        StringJoiner told = new StringJoiner("\n");
        for (Event e : events) {
            String text = Narrator.render(e, actor, sees);
            if (text != null) {
                told.add(text);
            }
        }
        return new TurnResult(events, Optional.of(told.toString()));
    }

    @Override
    public brass.world.action.Hooks hooks() {
        return game.hooks();
    }

    /** Sends one message to this player; nobody reads it while the link is lost. On the loop. */
    public void send(String text) {
        game.reactor().checkInLoop();
        if (open && !linkLost) {
            out.send(text);
        }
    }

    void prompt() {
        if (!linkLost) {
            out.prompt(Game.PROMPT);
        }
    }

    /**
     * Ends this session: the player leaves the game and the view is closed with
     * {@code farewell} (unless the link was lost: nobody is there to read it). On the loop (an
     * adapter's connection reports a drop there).
     */
    public void close(String farewell) {
        game.reactor().checkInLoop();
        if (!open) {
            return;
        }
        open = false;
        closedAt = game.reactor().now();
        game.left(this);
        if (!linkLost) {
            out.close(farewell);
        }
    }

    /**
     * The player's connection dropped: the character stays in the world, link-dead, and the room
     * sees it stare blankly, until its player comes back ({@link Game#enter}: "Welcome back.") or
     * the session is closed. On the loop.
     */
    public void linkLost() {
        game.reactor().checkInLoop();
        if (!open || linkLost) {
            return;
        }
        linkLost = true;
        linkLostAt = game.reactor().now();
        game.linkLost(this);
    }

    /** Whether the player's connection dropped and the character waits for them. On the loop. */
    public boolean isLinkLost() {
        return linkLost;
    }

    // Taken over by a new connection: the character stays where it is. A lost link has nobody
    // left to tell.
    void closeQuietly(String farewell) {
        if (open) {
            open = false;
            closedAt = game.reactor().now();
            if (!linkLost) {
                out.close(farewell);
            }
        }
    }

    // ---- Turn --------------------------------------------------------------------------------

    @Override
    public World world() {
        return game.world();
    }

    @Override
    public List<Thing> players() {
        return game.players();
    }

    @Override
    public Optional<Thing> onlinePlayer(String name) {
        return game.onlinePlayer(name);
    }

    @Override
    public Verbs verbs() {
        return game.verbs();
    }

    @Override
    public PlayerStatus status(Thing player) {
        return game.session(player).map(PlayerSession::status).orElse(PlayerStatus.NEW);
    }

    @Override
    public String role(Thing player) {
        return game.session(player).map(s -> s.role).orElse(PlayerStatus.NEW.role());
    }

    @Override
    public boolean brief() {
        return brief;
    }

    /** Sets brief (true) or verbose (false) room descriptions on arrival. On the loop. */
    public void brief(boolean on) {
        brief = on;
    }

    @Override
    public void refused() {
        refused = true;
    }

    @Override
    public Following following() {
        return game.following();
    }

    @Override
    public Optional<Thing> lastTeller() {
        return Optional.ofNullable(lastTeller);
    }

    /** {@code teller} told this player something (a letter read at login): {@code reply} answers them. On the loop. */
    public void toldBy(Thing teller) {
        lastTeller = teller;
    }

    @Override
    public void heardBy(Thing recipient) {
        game.session(recipient).ifPresent(s -> s.lastTeller = actor);
    }

    @Override
    public Pager pager() {
        return pager;
    }

    @Override
    public Postbox postbox() {
        return game.postbox();
    }

    /**
     * Runs {@code line} as this player's move behind a leader: not remembered for "again", and
     * not taken as the answer to a question the player was asked. On the loop.
     */
    void performLed(String line) {
        String keep = lastLine;
        pending = null;
        perform(line);
        lastLine = keep;
    }

    @Override
    public void endSession(String farewell) {
        this.farewell = farewell;
    }

    /** The game this session plays, for verbs added by other modules. */
    public Game game() {
        return game;
    }
}
