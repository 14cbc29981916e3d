package brass.bench;

import brass.engine.clock.SystemClock;
import brass.engine.reactor.EventLoopReactor;
import brass.world.behaviour.BehaviourContext;
import brass.world.behaviour.standard.Cockroach;
import brass.world.files.definition.BehaviourDefinition;
import brass.world.files.diagnostic.SourcePosition;
import brass.world.game.Game;
import brass.world.model.Direction;
import brass.world.model.Thing;
import brass.world.model.World;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Loop lag while many brass cockroaches crawl at once on the real game loop: a ring of rooms,
 * each cockroach stirring every {@code interval} and scuttling about through a game that
 * delivers its events (nobody is connected, so rendering is not measured).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.bench.CockroachLoad [roaches] [interval-ms] [seconds] [rooms]</pre>
 */
public final class CockroachLoad {

    public static void main(String[] args) throws Exception {
        int roaches = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long intervalMs = args.length > 1 ? Long.parseLong(args[1]) : 1_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int rooms = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        EventLoopReactor reactor = new EventLoopReactor(SystemClock.INSTANCE,
                EventLoopReactor.Settings.defaults().withLagWarn(TimeUnit.SECONDS.toNanos(10))).start();
        World world = new World();
        long[] moves = new long[1];
        CompletableFuture<Void> started = new CompletableFuture<>();
        reactor.execute(() -> {
            Thing[] ring = new Thing[rooms];
            for (int i = 0; i < rooms; i++) {
                ring[i] = world.room("room-" + i, "Room " + i, "A room.");
            }
            for (int i = 0; i < rooms; i++) {
                world.connect(ring[i], Direction.EAST, ring[(i + 1) % rooms]);
            }
            Game game = new Game(world, reactor);
            game.addWitness(e -> moves[0]++);
            BehaviourContext context = new BehaviourContext(game, new SplittableRandom(1));
            BehaviourDefinition d = new BehaviourDefinition("cockroach", Map.of("interval", Duration.ofMillis(intervalMs),
                    "leap-chance", 0.5, "scuttle-chance", 0.5), SourcePosition.of("bench"));
            Cockroach cockroach = new Cockroach();
            for (int i = 0; i < roaches; i++) {
                Thing roach = world.object("roach-" + i, "brass cockroach", ring[i % rooms]);
                cockroach.start(roach, d, context);
            }
            started.complete(null);
        });
        started.get();
        long t0 = System.nanoTime();
        // The run ends on the loop's own timer, so the report is taken in one loop turn.
        CompletableFuture<String> report = new CompletableFuture<>();
        reactor.execute(() -> reactor.callLater(Duration.ofSeconds(seconds), "report", () -> {
            double elapsed = (System.nanoTime() - t0) / 1e9;
            report.complete(String.format(
                "%d cockroaches every %d ms in %d rooms for %.1f s: %d events (%.0f/s); loop lag %s; world problems: %d",
                roaches, intervalMs, rooms, elapsed, moves[0], moves[0] / elapsed, reactor.lag().snapshot(),
                world.problems().size()));
        }));
        System.out.println(report.get());
        reactor.shutdown().get();
    }
}
