package brass.protocols.admin;

import brass.protocols.play.Lobby;
import brass.protocols.session.Connection;
import brass.world.action.Turn;
import brass.world.language.Event;
import brass.world.markup.Markup;
import brass.world.model.Thing;
import brass.world.parser.Command;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ban <name|address> [duration] [reason]}, {@code unban <name|address>} and {@code bans}.
 * A ban takes effect at once: whoever it covers is disconnected and told why, whether playing or
 * still at the login.
 */
final class BanCommands {

    private static final Logger log = LoggerFactory.getLogger(BanCommands.class);

    static final String BAN_USAGE = "Ban whom? ban <name|address> [duration] [reason], e.g. 'ban Mallory 7d spamming'"
            + " or 'ban 203.0.113.0/24 2h'. Durations: 30m, 2h, 7d; none means for good.";

    private final Lobby lobby;
    private final Bans bans;

    BanCommands(Lobby lobby, Bans bans) {
        this.lobby = lobby;
        this.bans = bans;
    }

    List<Event> ban(Command c, Turn t) {
        Thing actor = t.actor();
        String[] words = text(c).split("\\s+", 2);
        if (words[0].isEmpty()) {
            return reply(actor, BAN_USAGE);
        }
        BanTarget target;
        try {
            target = BanTarget.parse(words[0]);
        } catch (IllegalArgumentException e) {
            return reply(actor, Markup.escape(e.getMessage()));
        }
        String rest = words.length > 1 ? words[1].strip() : "";
        String[] next = rest.split("\\s+", 2);
        Optional<Duration> length = TimeSpans.parse(next[0]);
        String reason = length.isPresent() ? (next.length > 1 ? next[1] : "") : rest;
        if (length.isPresent() && length.get().isZero()) {
            return reply(actor, "A ban lasts longer than no time at all; leave the duration out for a permanent one.");
        }
        Optional<String> own = ownTarget(actor, target);
        if (own.isPresent()) {
            return reply(actor, own.get());
        }
        Instant now = bans.now().truncatedTo(ChronoUnit.SECONDS);
        Ban ban;
        try {
            ban = new Ban(target, reason, actor.name(), now, length.map(now::plus).orElse(null));
        } catch (IllegalArgumentException e) {
            return reply(actor, e.getMessage());
        }
        log.info("{} bans {} {}{}", actor.name(), target.shown(), Bans.until(ban),
                ban.reason().isEmpty() ? "" : ": " + ban.reason());
        lobby.game().deliver(Event.reply(actor, Markup.escape(Bans.sentence(target.shown() + " is", ban))));
        saved(actor, bans.put(ban));
        enforce(ban);
        return List.of();
    }

    List<Event> unban(Command c, Turn t) {
        Thing actor = t.actor();
        String typed = text(c);
        if (typed.isEmpty()) {
            return reply(actor, "Unban whom? unban <name|address>; 'bans' lists them.");
        }
        BanTarget target;
        try {
            target = BanTarget.parse(typed);
        } catch (IllegalArgumentException e) {
            return reply(actor, Markup.escape(e.getMessage()));
        }
        if (bans.on(target).isEmpty()) {
            return reply(actor, "There is no ban on " + target.shown() + ". 'bans' lists them.");
        }
        log.info("{} lifts the ban on {}", actor.name(), target.shown());
        saved(actor, bans.lift(target));
        return reply(actor, "The ban on " + target.shown() + " is lifted.");
    }

    List<Event> list(Command c, Turn t) {
        List<Ban> all = bans.inForce();
        if (all.isEmpty()) {
            return reply(t.actor(), "No bans are in force.");
        }
        StringBuilder text = new StringBuilder("Bans in force (" + all.size() + "):");
        Instant now = bans.now();
        for (Ban b : all) {
            text.append("\n  ").append(b.target().shown()).append(": ").append(Bans.until(b));
            if (b.expires() != null) {
                text.append(" (").append(TimeSpans.words(Duration.between(now, b.expires()))).append(" left)");
            }
            text.append(", by ").append(b.by());
            if (!b.reason().isEmpty()) {
                text.append(": ").append(Markup.escape(b.reason()));
            }
        }
        return reply(t.actor(), text.toString());
    }

    /** Why an admin may not ban this (it would shut themself out), or empty. */
    private Optional<String> ownTarget(Thing actor, BanTarget target) {
        if (target instanceof BanTarget.Name n && n.is(actor.name())) {
            return Optional.of("You cannot ban yourself.");
        }
        if (target instanceof AddressRange range) {
            Optional<InetAddress> mine = lobby.connection(actor).flatMap(conn -> AddressRange.of(conn.remoteAddress()));
            if (mine.isPresent() && range.contains(mine.get())) {
                return Optional.of("That would ban your own address (" + mine.get().getHostAddress()
                        + ") and shut you out too.");
            }
        }
        return Optional.empty();
    }

    /** Disconnects whoever {@code ban} covers now: characters leave the world, logins are closed. */
    private void enforce(Ban ban) {
        if (ban.target() instanceof BanTarget.Name name) {
            for (Thing p : lobby.game().players()) {
                if (name.is(p.name())) {
                    Kick.out(lobby, p, "{red}" + Markup.escape(Bans.sentence(p.name() + " is", ban)) + "{/}");
                }
            }
        } else if (ban.target() instanceof AddressRange range) {
            String told = "{red}" + Markup.escape(Bans.sentence("Your address is", ban)) + "{/}";
            for (Connection conn : bans.connectionsIn(range)) {
                Optional<Thing> player = lobby.playerOf(conn);
                if (player.isPresent()) {
                    Kick.out(lobby, player.get(), told);
                } else {
                    conn.send(told);
                    conn.close("banned");
                }
            }
        }
    }

    /** Tells the admin if the change could not be saved: it holds only until the server stops. */
    private void saved(Thing actor, CompletableFuture<Void> write) {
        write.whenComplete((ok, error) -> {
            if (error != null) {
                lobby.game().session(actor).ifPresent(s -> s.send("{red}That holds now, but the database could not"
                        + " save it, so it will not outlast a restart. The log says why.{/}"));
            }
        });
    }

    private static String text(Command c) {
        return c.text() == null ? "" : c.text().strip();
    }

    private static List<Event> reply(Thing actor, String text) {
        return List.of(Event.reply(actor, text));
    }
}
