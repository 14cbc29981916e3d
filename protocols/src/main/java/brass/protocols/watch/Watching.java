package brass.protocols.watch;

import brass.protocols.admin.Staff;
import brass.protocols.play.Lobby;
import brass.protocols.session.Connection;
import brass.world.behaviour.standard.SnakeTerrarium;
import brass.world.language.Event;
import brass.world.language.Nouns;
import brass.world.language.Sentences;
import brass.world.model.Thing;
import brass.world.parser.AllDomain;
import brass.world.parser.Command;
import brass.world.parser.Syntax;
import brass.world.parser.Topic;
import brass.world.parser.Verb;
import brass.world.action.Turn;
import brass.world.terrarium.Terrarium;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code watch} verb and everyone now watching a terrarium. Install once per game, after
 * the {@link Lobby} is made, with the same {@link SnakeTerrarium} instance that runs the tanks.
 *
 * <p>Keys while watching (a key then Enter on a line-mode client; one key on an SSH view):
 * {@code s} spawns a snake in the shared tank, so every watcher sees it; {@code h} stalls the
 * whole game loop for a random time up to a second, to show that the snakes keep time (builders
 * and admins only, unless {@link Settings#hiccupsForEveryone}); {@code q} goes back to the game.
 */
public final class Watching {

    private static final Logger log = LoggerFactory.getLogger(Watching.class);

    /**
     * @param frameRate          frames drawn per second for each viewer (at most; a slow client gets fewer)
     * @param hiccupsForEveryone whether every player may press {@code h}; else builders and admins only
     */
    public record Settings(double frameRate, boolean hiccupsForEveryone) {

        public Settings {
            if (!(frameRate > 0 && frameRate <= 100)) {
                throw new IllegalArgumentException("frame rate must be in (0, 100]: " + frameRate);
            }
        }

        /** 20 frames a second; hiccups for everyone, as suits the embedded demo. */
        public static Settings defaults() {
            return new Settings(20, true);
        }

        public Settings withHiccupsForEveryone(boolean on) {
            return new Settings(frameRate, on);
        }

        public Settings withFrameRate(double rate) {
            return new Settings(rate, hiccupsForEveryone);
        }

        Duration interval() {
            return Duration.ofNanos(Math.round(1e9 / frameRate));
        }
    }

    /** Blocks the game loop: the hiccup. The one place Brass blocks its loop on purpose. */
    @FunctionalInterface
    public interface Hiccup {
        void stall(long nanos);

        /** Really sleeps. */
        static Hiccup sleeping() {
            return nanos -> {
                try {
                    Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
        }
    }

    private final Lobby lobby;
    private final SnakeTerrarium tanks;
    private final Settings settings;
    private final RandomGenerator random;
    private final Hiccup hiccup;
    private final List<Watch> watches = new ArrayList<>();

    /** Registers {@code watch} on the lobby's game, with a real hiccup. Call on the loop, or before the game runs. */
    public static Watching install(Lobby lobby, SnakeTerrarium tanks, Settings settings) {
        return new Watching(lobby, tanks, settings, new SplittableRandom(), Hiccup.sleeping());
    }

    public Watching(Lobby lobby, SnakeTerrarium tanks, Settings settings, RandomGenerator random, Hiccup hiccup) {
        this.lobby = lobby;
        this.tanks = tanks;
        this.settings = settings;
        this.random = random;
        this.hiccup = hiccup;
        lobby.game().register(new Verb("watch", List.of("observe"), Syntax.OBJECTS, Set.of(), AllDomain.NONE,
                "watch <thing>: watch something that moves, such as the terrarium, full-screen. Keys while "
                        + "watching: s spawns a snake, h makes the game hiccup, q comes back.").inTopic(Topic.GAME)
                .withExamples("watch terrarium"), this::watch);
    }

    /** Everyone watching now. */
    public List<Watch> watches() {
        return List.copyOf(watches);
    }

    private List<Event> watch(Command c, Turn t) {
        Thing actor = t.actor();
        Thing o = c.object();
        String the = Nouns.definite(o);
        Optional<SnakeTerrarium.Tank> tank = tanks.find(o);
        if (tank.isEmpty()) {
            return List.of(Event.reply(actor, "You watch " + the + " for a while. Nothing happens."));
        }
        Optional<Connection> connection = lobby.connection(actor);
        if (connection.isEmpty()) {
            return List.of(Event.reply(actor, "You can only watch " + the + " over telnet or SSH."));
        }
        Connection conn = connection.get();
        boolean lines = !conn.canDrawFullScreen();
        if (lines && !conn.capabilities().lineAnimation()) {
            int snakes = tank.get().terrarium().snakes().size();
            return List.of(Event.reply(actor, Sentences.capitalise(the) + " holds " + snakes + (snakes == 1 ? " snake" : " snakes")
                    + ", winding across the sand. (Your client cannot show the animation: that needs a terminal "
                    + "that understands ANSI cursor movement, such as telnet or ssh in a terminal window, or a "
                    + "MUD client such as Mudlet or TinTin++, which gets a picture every second.)"));
        }
        String thingId = o.id();
        Watch[] self = new Watch[1];
        String title = lines ? "You watch " + the + ": a picture every second." : "Watching " + the + " (" + Watch.HELP + ")";
        Watch w = new Watch(lobby.game().reactor(), conn, title, settings.interval(), lines, () -> tanks.find(thingId).map(SnakeTerrarium.Tank::terrarium).orElse(null),
                (terrarium, key) -> key(actor, terrarium, key),
                quit -> {
                    watches.remove(self[0]);
                    lobby.release(actor, self[0]);
                    if (quit) {
                        lobby.game().session(actor).ifPresent(s -> s.perform("look"));
                    }
                });
        self[0] = w;
        if (!lobby.capture(actor, w)) {
            return List.of(Event.reply(actor, "You are already watching something."));
        }
        watches.add(w);
        w.start();
        return List.of(Event.seen(actor, actor.room(), null, "{actor} bends over {subject}, watching intently.")
                .withSubject(o));
    }

    private String key(Thing actor, Terrarium terrarium, String key) {
        switch (key) {
            case "s" -> {
                return terrarium.spawn().isPresent() ? "A new snake slithers out from under a stone."
                        : "The terrarium is full: " + terrarium.maxSnakes() + " snakes.";
            }
            case "h" -> {
                if (!mayHiccup(actor)) {
                    return "Only builders and admins may make the game hiccup here.";
                }
                long nanos = 1 + random.nextLong(1_000_000_000L);
                lobby.guard().logs().info(log, actor, "{} made the game loop hiccup for {} ms", actor.name(),
                        nanos / 1_000_000);
                hiccup.stall(nanos);
                return "Hiccup! The whole game stood still for " + nanos / 1_000_000 + " ms; the snakes kept time.";
            }
            default -> {
                return null;
            }
        }
    }

    private boolean mayHiccup(Thing actor) {
        return settings.hiccupsForEveryone() || Staff.buildersAndAdmins(lobby).test(actor);
    }
}
