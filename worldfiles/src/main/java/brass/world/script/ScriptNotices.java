package brass.world.script;

import brass.world.game.Game;
import brass.world.game.PlayerSession;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells of a failed script where a builder will see it: a warning in the log, and a line to every
 * player in the game whom {@code builders} accepts (those who may reload: builders and admins).
 * A function that keeps failing (a broken greeting on a busy doorway) is told of once a
 * {@link #QUIET quiet period}: the failures in between are counted, and the next report says how
 * many there were. Game time, so transcripts and tests see exactly the same. On the loop.
 */
public final class ScriptNotices implements ScriptFailures {

    private static final Logger log = LoggerFactory.getLogger(Scripts.class);

    /** How long after telling of a function's failure its further failures are only counted. */
    public static final Duration QUIET = Duration.ofMinutes(1);

    private final Game game;
    private final Predicate<Thing> builders;
    private final Map<String, Quiet> quiet = new HashMap<>();

    public ScriptNotices(Game game, Predicate<Thing> builders) {
        this.game = Objects.requireNonNull(game, "game");
        this.builders = Objects.requireNonNull(builders, "builders");
    }

    @Override
    public void failed(ScriptFailure failure) {
        long now = game.reactor().clock().nanoTime();
        Quiet last = quiet.get(failure.function());
        if (last != null && now - last.since < QUIET.toNanos()) {
            last.more++;
            return;
        }
        quiet.put(failure.function(), new Quiet(now));
        String line = failure + (last == null || last.more == 0 ? ""
                : " (and " + last.more + " more time" + (last.more == 1 ? "" : "s") + " since it was last told)");
        log.warn("script: {}", line);
        for (PlayerSession session : game.sessions()) {
            if (builders.test(session.actor())) {
                session.send("Script error: " + Markup.escape(line));
            }
        }
    }

    /** When a function's failure was last told of, and how many have not been told since. */
    private static final class Quiet {
        final long since;
        long more;

        Quiet(long since) {
            this.since = since;
        }
    }
}
