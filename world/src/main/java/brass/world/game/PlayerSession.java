package brass.world.game;

import brass.world.action.Following;
import brass.world.action.Postbox;
import brass.world.action.Turn;
import brass.world.language.Event;
import brass.world.language.Narrator;
import brass.world.model.Scope;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.parser.Command;
import brass.world.parser.ParseResult;
import brass.world.parser.Referents;
import brass.world.parser.Verbs;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
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
    private String farewell;
    private boolean open = true;
    private boolean brief;
    private boolean linkLost;
    private Thing lastTeller;

    PlayerSession(Game game, Thing actor, PlayerView out) {
        this.game = game;
        this.actor = actor;
        this.out = out;
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
     */
    public TurnResult perform(String line) {
        game.reactor().checkInLoop();
        if (!open) {
            return TurnResult.NOTHING;
        }
        TurnResult result;
        try {
            result = turn(line == null ? "" : line.strip());
        } catch (RuntimeException e) {
            log.error("command '{}' by {} failed", line, actor.id(), e);
            result = answer("Something went wrong with that command; it has been logged.");
        }
        if (farewell != null) {
            close(farewell);
        } else if (open) {
            prompt();
        }
        return result;
    }

    private TurnResult turn(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.equals("again") || lower.equals("g")) {
            if (lastLine == null) {
                return answer("There is nothing to do again.");
            }
            line = lastLine;
        }
        ParseResult result = null;
        if (pending != null) {
            ParseResult.Pending question = pending;
            pending = null;
            result = game.parser().answer(line, question, actor, referents);
        }
        if (result == null) {
            result = game.parser().parse(line, actor, referents);
            if (!(result instanceof ParseResult.Nothing)) {
                lastLine = line;
            }
        }
        if (result instanceof ParseResult.Failed failed) {
            return answer(failed.message());
        }
        if (result instanceof ParseResult.Ambiguous ambiguous) {
            pending = ambiguous.pending();
            return answer(ambiguous.question());
        }
        if (result instanceof ParseResult.Parsed parsed) {
            return act(parsed.command());
        }
        return TurnResult.NOTHING;
    }

    private TurnResult answer(String text) {
        send(text);
        return TurnResult.answered(text);
    }

    private TurnResult act(Command command) {
        List<Event> events = game.action(command.verb()).perform(command, this);
        game.deliver(events);
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
        game.deliver(Event.seen(actor, actor.room(), null, "{actor} stares blankly, lost in thought."));
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
    public boolean brief() {
        return brief;
    }

    /** Sets brief (true) or verbose (false) room descriptions on arrival. On the loop. */
    public void brief(boolean on) {
        brief = on;
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
