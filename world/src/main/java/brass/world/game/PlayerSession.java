package brass.world.game;

import brass.world.action.Turn;
import brass.world.language.Event;
import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.parser.ParseResult;
import brass.world.parser.Referents;
import brass.world.parser.Verbs;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One player's connection to the game: their lines in, their text out. Holds what the parser
 * must remember between lines for this player: pronouns, a pending "Which do you mean?"
 * question, and the last command for "again".
 */
public final class PlayerSession implements Turn {

    private static final Logger log = LoggerFactory.getLogger(PlayerSession.class);

    private final Game game;
    private final Thing actor;
    private final Output out;
    private final Referents referents = new Referents();
    private ParseResult.Pending pending;
    private String lastLine;
    private String farewell;
    private boolean open = true;

    PlayerSession(Game game, Thing actor, Output out) {
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
     * Takes one line the player typed. Safe from any thread: off the loop, it is queued onto it
     * with {@code reactor.execute} (which may throw RejectedExecutionException when the loop is
     * overloaded; the adapter decides what to shed).
     */
    public void input(String line) {
        if (!game.reactor().inLoop()) {
            game.reactor().execute(() -> input(line));
            return;
        }
        if (!open) {
            return;
        }
        try {
            handle(line == null ? "" : line);
        } catch (RuntimeException e) {
            log.error("command '{}' by {} failed", line, actor.id(), e);
            send("Something went wrong with that command; it has been logged.");
        }
        if (farewell != null) {
            close(farewell);
        } else if (open) {
            prompt();
        }
    }

    /** Runs one line for a session-less actor; returns the refusal, if any, or null. */
    String run(String line) {
        ParseResult result = game.parser().parse(line, actor, referents);
        if (result instanceof ParseResult.Parsed parsed) {
            List<Event> events = game.action(parsed.command().verb()).perform(parsed.command(), this);
            game.deliver(events);
            for (Event e : events) {
                if (e.actor() == actor && e.place() == null && e.target() == null && e.text() != null
                        && "{text}".equals(e.toActor()) && events.size() == 1) {
                    return e.text();
                }
            }
            return null;
        }
        if (result instanceof ParseResult.Failed failed) {
            return failed.message();
        }
        if (result instanceof ParseResult.Ambiguous ambiguous) {
            return ambiguous.question();
        }
        return null;
    }

    private void handle(String line) {
        String trimmed = line.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.equals("again") || lower.equals("g")) {
            if (lastLine == null) {
                send("There is nothing to do again.");
                return;
            }
            trimmed = lastLine;
        }
        ParseResult result = null;
        if (pending != null) {
            ParseResult.Pending question = pending;
            pending = null;
            result = game.parser().answer(trimmed, question, actor, referents);
        }
        if (result == null) {
            result = game.parser().parse(trimmed, actor, referents);
            if (!(result instanceof ParseResult.Nothing)) {
                lastLine = trimmed;
            }
        }
        if (result instanceof ParseResult.Failed failed) {
            send(failed.message());
        } else if (result instanceof ParseResult.Ambiguous ambiguous) {
            pending = ambiguous.pending();
            send(ambiguous.question());
        } else if (result instanceof ParseResult.Parsed parsed) {
            List<Event> events = game.action(parsed.command().verb()).perform(parsed.command(), this);
            game.deliver(events);
        }
    }

    /** Sends one message to this player. Safe from any thread: off the loop, it is queued onto it. */
    public void send(String text) {
        if (!game.reactor().inLoop()) {
            game.reactor().execute(() -> send(text));
            return;
        }
        if (open) {
            out.send(text);
        }
    }

    void prompt() {
        out.prompt(Game.PROMPT);
    }

    /**
     * Ends this session: the player leaves the game and the output is closed with
     * {@code farewell}. Safe from any thread (an adapter calls it when the connection drops).
     */
    public void close(String farewell) {
        if (!game.reactor().inLoop()) {
            game.reactor().execute(() -> close(farewell));
            return;
        }
        if (!open) {
            return;
        }
        open = false;
        game.left(this);
        out.close(farewell);
    }

    // Taken over by a new connection: the character stays where it is.
    void closeQuietly(String farewell) {
        if (open) {
            open = false;
            out.close(farewell);
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
    public void endSession(String farewell) {
        this.farewell = farewell;
    }

    /** The game this session plays, for verbs added by other modules. */
    public Game game() {
        return game;
    }
}
