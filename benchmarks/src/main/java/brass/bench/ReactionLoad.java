package brass.bench;

import brass.engine.clock.SystemClock;
import brass.engine.reactor.EventLoopReactor;
import brass.world.behaviour.BehaviourContext;
import brass.world.behaviour.RunningBehaviours;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldBuilder;
import brass.world.files.CheckResult;
import brass.world.files.WorldChecker;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.reaction.Reactions;
import brass.world.script.ScriptBudget;
import brass.world.script.Scripts;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reactions on the real game loop, in a world checked from files as a builder's would be:
 * {@code actors} actors wandering a ring of {@code rooms} rooms (every 10 s, so 1,000 moves a second
 * for 10,000), each reacting to every arrival in its room (a counter added: the cost is the
 * dispatch, not the effect); {@code scripted} clocks, each calling a script every second (200 a
 * second for 200); and, when asked, one clock calling {@code while (true) {}} every second, stopped
 * at its budget. Reports how many reactions ran and, after a warm-up of one wandering interval, the
 * loop's lag (its watchdog's histogram) and how busy the game thread was (its CPU time).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.bench.ReactionLoad [actors] [rooms] [scripted/s] [runaway 0|1] [seconds]</pre>
 */
public final class ReactionLoad {

    private static final int WARM_UP_SECONDS = 10;

    public static void main(String[] args) throws Exception {
        int actors = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rooms = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int scripted = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        boolean runaway = args.length > 3 && args[3].equals("1");
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        Path dir = Files.createTempDirectory("brass-reactions");
        write(dir, actors, rooms, scripted, runaway);
        long checkStart = System.nanoTime();
        CheckResult check = new WorldChecker(StandardBehaviours.registry()).checkFolder(dir);
        WorldDefinition definition = check.world().orElseThrow(() -> new IllegalStateException(check.report()));
        System.out.printf("checked %d rooms, %d actors, %d clocks in %.1f s%n", rooms, actors, scripted,
                (System.nanoTime() - checkStart) / 1e9);
        EventLoopReactor reactor = new EventLoopReactor(SystemClock.INSTANCE,
                EventLoopReactor.Settings.defaults().withLagWarn(TimeUnit.SECONDS.toNanos(10))).start();
        long[] stopped = new long[1];
        Game[] game = new Game[1];
        CompletableFuture<Void> started = new CompletableFuture<>();
        reactor.execute(() -> {
            game[0] = new Game(WorldBuilder.build(definition), reactor);
            Scripts scripts = new Scripts(ScriptBudget.DEFAULT, new SplittableRandom(1), Scripts.gameThreadTime(),
                    failure -> stopped[0]++);
            scripts.load(definition.scripts());
            RunningBehaviours.start(game[0].world(), definition, StandardBehaviours.registry(),
                    new BehaviourContext(game[0], new SplittableRandom(1)));
            Reactions.start(game[0], definition, scripts, new SplittableRandom(2), (p, r) -> false, true);
            started.complete(null);
        });
        started.get();
        // The first interval is the wanderers' staggered start and the JIT's warm-up: lag and the
        // loop's CPU are measured from its end, counts over the whole run.
        long[] cpuAtWarm = new long[1];
        long[] warmAt = new long[1];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        reactor.execute(() -> reactor.callLater(Duration.ofSeconds(WARM_UP_SECONDS), "warmed up", () -> {
            reactor.lag().recent();
            cpuAtWarm[0] = threads.getCurrentThreadCpuTime();
            warmAt[0] = System.nanoTime();
        }));
        LoadRuns.reportAfter(reactor, WARM_UP_SECONDS + seconds, elapsed -> {
            double window = (System.nanoTime() - warmAt[0]) / 1e9;
            double busy = (threads.getCurrentThreadCpuTime() - cpuAtWarm[0]) / 1e9 / window;
            long seen = 0;
            long ticks = 0;
            for (Thing t : game[0].world().things()) {
                seen += game[0].world().counters().get(t, "seen");
                ticks += game[0].world().counters().get(t, "ticks");
            }
            return String.format("%.1f s: %d arrivals reacted to (%.0f/s), %d scripted reactions (%.0f/s), %d scripts"
                    + " stopped; over the last %.1f s the game thread was busy %.0f%% of the time (CPU), loop lag %s",
                    elapsed, seen, seen / elapsed, ticks, ticks / elapsed, stopped[0], window, busy * 100,
                    reactor.lag().recent());
        });
    }

    private static void write(Path dir, int actors, int rooms, int scripted, boolean runaway) throws IOException {
        Files.writeString(dir.resolve("world.yaml"), "name: Reactions\nstart: room-0\n");
        StringBuilder yaml = new StringBuilder("rooms:\n");
        for (int i = 0; i < rooms; i++) {
            yaml.append("  room-").append(i).append(":\n    description: A room.\n    exits:\n      east: room-")
                    .append((i + 1) % rooms).append("\n      west: room-").append((i + rooms - 1) % rooms).append('\n');
        }
        yaml.append("actors:\n");
        for (int i = 0; i < actors; i++) {
            yaml.append("  walker-").append(i).append(":\n    name: walker\n    in: room-").append(i % rooms)
                    .append("\n    behaviours: [wander: {interval: 10s}]\n")
                    .append("    reactions:\n      - on: enters\n        do:\n          - add: seen\n");
        }
        yaml.append("things:\n");
        for (int i = 0; i < scripted; i++) {
            yaml.append("  clock-").append(i).append(":\n    name: clock\n    in: room-").append(i % rooms)
                    .append("\n    reactions:\n      - on: {every: 1s}\n        do:\n          - script: bench.tick\n");
        }
        if (runaway) {
            yaml.append("  runaway:\n    name: runaway\n    in: room-0\n    reactions:\n      - on: {every: 1s}\n")
                    .append("        do:\n          - script: bench.spin\n");
        }
        Files.writeString(dir.resolve("area.yaml"), yaml);
        Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(dir.resolve("scripts/bench.js"), """
                function tick(actor, player, room, event) {
                  var n = actor.addCounter('ticks', 1);
                  if (n % 60 === 0) {
                    room.show('The clock chimes.');
                  }
                }

                function spin(actor, player, room, event) {
                  while (true) {}
                }
                """);
    }
}
