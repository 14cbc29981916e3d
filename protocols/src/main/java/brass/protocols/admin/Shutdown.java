package brass.protocols.admin;

import brass.engine.reactor.DelayedCall;
import brass.engine.reactor.Reactor;
import brass.world.action.Turn;
import brass.world.language.Event;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.parser.Command;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code shutdown [delay] [reason]} and {@code shutdown cancel}: every player is warned when it is
 * ordered and again as it comes near ({@link #WARNINGS} before), then the server stops as on
 * SIGTERM, through {@link ServerStop}. One shutdown at a time.
 */
final class Shutdown {

    private static final Logger log = LoggerFactory.getLogger(Shutdown.class);

    /** Without a delay: time to finish a sentence, and for an admin to think again. */
    static final Duration DEFAULT_DELAY = Duration.ofMinutes(1);

    /** How long before the end players are warned again (those shorter than the whole delay). */
    static final List<Duration> WARNINGS = List.of(Duration.ofMinutes(30), Duration.ofMinutes(10),
            Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofSeconds(30), Duration.ofSeconds(10));

    private final Reactor reactor;
    private final Broadcast broadcast;
    private final ServerStop stop;
    private final List<DelayedCall> timers = new ArrayList<>();
    private long dueAt;

    Shutdown(Reactor reactor, Broadcast broadcast, ServerStop stop) {
        this.reactor = reactor;
        this.broadcast = broadcast;
        this.stop = stop;
    }

    List<Event> perform(Command c, Turn t) {
        Thing actor = t.actor();
        String text = c.text() == null ? "" : c.text().strip();
        String[] words = text.split("\\s+", 2);
        if (text.equalsIgnoreCase("cancel")) {
            return cancel(actor);
        }
        if (!timers.isEmpty()) {
            return reply(actor, "A shutdown is already coming, in " + left() + "; 'shutdown cancel' stops it.");
        }
        Optional<Duration> delay = words[0].equalsIgnoreCase("now") ? Optional.of(Duration.ZERO)
                : TimeSpans.parse(words[0]);
        String reason = delay.isPresent() ? (words.length > 1 ? words[1].strip() : "") : text;
        if (reason.length() > Ban.MAX_REASON) {
            return reply(actor, "A reason has at most " + Ban.MAX_REASON + " characters.");
        }
        Duration wait = delay.orElse(DEFAULT_DELAY);
        String why = "by " + actor.name() + (reason.isEmpty() ? "" : ": " + reason);
        log.info("shutdown in {} ordered {}", TimeSpans.words(wait), why);
        String tail = reason.isEmpty() ? "." : ": " + Markup.escape(reason) + (reason.matches(".*[.!?]") ? "" : ".");
        if (wait.isZero()) {
            now(tail, why);
            return List.of();
        }
        dueAt = reactor.now() + wait.toNanos();
        warn(wait, tail);
        for (Duration before : WARNINGS) {
            if (before.compareTo(wait) < 0) {
                timers.add(reactor.callLater(wait.minus(before), "shutdown warning", () -> warn(before, tail)));
            }
        }
        timers.add(reactor.callLater(wait, "shutdown", () -> now(tail, why)));
        return reply(actor, "The server stops in " + TimeSpans.words(wait) + "; 'shutdown cancel' stops that.");
    }

    private void warn(Duration left, String tail) {
        broadcast.toEveryone("{red}[shutdown]{/} The game shuts down in " + TimeSpans.words(left) + tail);
    }

    private void now(String tail, String why) {
        timers.clear();
        broadcast.toEveryone("{red}[shutdown]{/} The game is shutting down now" + tail);
        // After this turn's output is on its way: the stop closes the connections behind it.
        reactor.atEndOfTurn(() -> stop.stop(why));
    }

    private List<Event> cancel(Thing actor) {
        if (timers.isEmpty()) {
            return reply(actor, "No shutdown is coming.");
        }
        timers.forEach(DelayedCall::cancel);
        timers.clear();
        log.info("shutdown cancelled by {}", actor.name());
        broadcast.toEveryone("{red}[shutdown]{/} The shutdown is cancelled; the game goes on.");
        return List.of();
    }

    private String left() {
        return TimeSpans.words(Duration.ofNanos(Math.max(0, dueAt - reactor.now())));
    }

    private static List<Event> reply(Thing actor, String text) {
        return List.of(Event.reply(actor, text));
    }
}
