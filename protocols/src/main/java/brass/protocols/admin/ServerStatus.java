package brass.protocols.admin;

import brass.engine.reactor.LoopLag;
import brass.engine.loop.LoopingCall;
import brass.world.language.Event;
import brass.world.markup.Markup;
import brass.world.parser.Verb;
import java.util.List;
import brass.engine.reactor.Reactor;
import brass.protocols.play.Lobby;
import brass.protocols.session.AnswerTimes;
import brass.protocols.session.GameConnection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How the server is doing, for the admin's {@code status} and the periodic log line: players by
 * protocol, commands and output a second, the loop's lag, timers, memory and uptime. Rates and
 * lag are over the last window, from one {@link #sample()} to the next (the server samples every
 * ten seconds), so they say how things are now rather than on average since the start. On the loop.
 */
public final class ServerStatus {

    /** One window's figures. */
    public record Window(double seconds, double commandsPerSecond, double outputPerSecond, LoopLag.Snapshot lag,
            AnswerTimes.Snapshot answers) {
    }

    private final Lobby lobby;
    private final Reactor reactor;
    private final long startedAt;
    private long sampledAt;
    private long commandsAt;
    private long outputAt;
    private Window last;

    public ServerStatus(Lobby lobby, Reactor reactor) {
        this.lobby = lobby;
        this.reactor = reactor;
        this.startedAt = reactor.now();
        this.sampledAt = startedAt;
        this.commandsAt = lobby.commandsTyped();
        this.outputAt = GameConnection.outputWrittenInProcess();
        this.last = new Window(0, 0, 0, reactor.lag().recent(), AnswerTimes.of(reactor).takeWindow());
    }

    /** How often a window closes. */
    public static final Duration WINDOW = Duration.ofSeconds(10);

    /**
     * Makes the status for {@code lobby}'s server: registers the admins' {@code status} command
     * and closes a window every {@link #WINDOW}. On the loop.
     */
    public static ServerStatus install(Lobby lobby) {
        Reactor reactor = lobby.game().reactor();
        ServerStatus status = new ServerStatus(lobby, reactor);
        Staff.register(lobby.game(), Verb.simple("status", "status: (admins) players by protocol, commands a second,"
                + " the game loop's lag, timers, memory, uptime and output a second.").withExamples("status"),
                Staff.admins(lobby), "admins",
                (c, t) -> List.of(Event.reply(t.actor(), Markup.escape(status.report()))));
        LoopingCall.of(reactor, "status window", status::sample).start(WINDOW, false);
        return status;
    }

    /** Closes the current window and starts the next. */
    public Window sample() {
        long now = reactor.now();
        long commands = lobby.commandsTyped();
        long output = GameConnection.outputWrittenInProcess();
        double seconds = Math.max(1e-9, (now - sampledAt) / 1e9);
        last = new Window(seconds, (commands - commandsAt) / seconds, (output - outputAt) / seconds, reactor.lag().recent(),
                AnswerTimes.of(reactor).takeWindow());
        sampledAt = now;
        commandsAt = commands;
        outputAt = output;
        return last;
    }

    /** The last window closed. */
    public Window lastWindow() {
        return last;
    }

    /** What an admin reads: a few lines. */
    public String report() {
        Runtime rt = Runtime.getRuntime();
        Window w = last;
        StringBuilder sb = new StringBuilder();
        sb.append("Up ").append(uptime()).append(".\n");
        sb.append("Players: ").append(players()).append(".\n");
        sb.append(String.format(Locale.ROOT, "Commands: %.1f a second over the last %.0f s (%d since the start).%n",
                w.commandsPerSecond(), w.seconds(), lobby.commandsTyped()));
        sb.append(String.format(Locale.ROOT, "Game loop: lag p50 %.2f ms, p99 %.2f ms, max %.2f ms over the last %.0f s;"
                + " %d timers waiting.%n", ms(w.lag().p50Nanos()), ms(w.lag().p99Nanos()), ms(w.lag().maxNanos()),
                w.seconds(), reactor.pendingTimers()));
        AnswerTimes.Snapshot a = w.answers();
        sb.append(a.count() == 0 ? String.format(Locale.ROOT, "Answers: none over the last %.0f s.%n", w.seconds())
                : String.format(Locale.ROOT, "Answers: p50 %.2f ms, p99 %.2f ms, max %.2f ms over the last %.0f s (%d),"
                        + " from a line's arrival to its answer leaving the game loop.%n", ms(a.p50Nanos()),
                        ms(a.p99Nanos()), ms(a.maxNanos()), w.seconds(), a.count()));
        sb.append(String.format(Locale.ROOT, "Memory: heap %d MB used of %d MB (at most %d MB); resident %s.%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20, rt.maxMemory() >> 20, rss()));
        sb.append(String.format(Locale.ROOT, "Output: %.1f kB a second.", w.outputPerSecond() / 1000));
        return sb.toString();
    }

    /** The same figures as one log line. */
    public String line() {
        Runtime rt = Runtime.getRuntime();
        Window w = last;
        AnswerTimes.Snapshot a = w.answers();
        return String.format(Locale.ROOT, "status: up %s; players %s; %.1f cmd/s; loop lag p50 %.2f ms p99 %.2f ms max %.2f ms;"
                + " answers p50 %.2f ms p99 %.2f ms max %.2f ms; %d timers; heap %d/%d MB; RSS %s; out %.1f kB/s", uptime(),
                players(), w.commandsPerSecond(), ms(w.lag().p50Nanos()), ms(w.lag().p99Nanos()), ms(w.lag().maxNanos()),
                ms(a.p50Nanos()), ms(a.p99Nanos()), ms(a.maxNanos()), reactor.pendingTimers(),
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, rss(), w.outputPerSecond() / 1000);
    }

    private String players() {
        Map<String, Integer> by = lobby.playersByProtocol();
        StringBuilder sb = new StringBuilder().append(lobby.playersOnline());
        if (!by.isEmpty()) {
            sb.append(" (");
            by.forEach((p, n) -> sb.append(sb.charAt(sb.length() - 1) == '(' ? "" : ", ").append(p).append(' ').append(n));
            sb.append(')');
        }
        sb.append(", ").append(lobby.linkDeadCount()).append(" link-dead");
        return sb.toString();
    }

    private String uptime() {
        Duration d = Duration.ofNanos(reactor.now() - startedAt);
        return d.toDays() > 0 ? String.format(Locale.ROOT, "%dd %02dh %02dm", d.toDays(), d.toHoursPart(), d.toMinutesPart())
                : String.format(Locale.ROOT, "%dh %02dm %02ds", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    private static String rss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return (Long.parseLong(l.replaceAll("[^0-9]", "")) >> 10) + " MB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or /proc hidden: say so rather than guess.
        }
        return "unknown";
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
