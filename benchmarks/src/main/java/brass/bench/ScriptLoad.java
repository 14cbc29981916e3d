package brass.bench;

import brass.engine.clock.SystemClock;
import brass.engine.loop.LoopingCall;
import brass.engine.reactor.EventLoopReactor;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.script.ModelEffects;
import brass.world.script.ScriptBudget;
import brass.world.script.ScriptCall;
import brass.world.script.Scripts;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Scripts on the real game loop: {@code calls} small scripted reactions a second (a greeting
 * that reads a thing and says a line through the model), and {@code runaways} calls a second of a
 * script stuck in {@code while (true) {}}, each stopped at its budget. Reports the loop's lag
 * (how late its timers ran: what a player waiting on the loop feels), the longest single call of
 * each kind in real time and in the game thread's CPU time (on a busy machine real time includes
 * the time the thread was not running at all), and how many calls were stopped.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar brass.bench.ScriptLoad [calls/s] [runaways/s] [seconds]</pre>
 */
public final class ScriptLoad {

    public static void main(String[] args) throws Exception {
        int callsPerSecond = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runawaysPerSecond = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        WorldDefinition definition = ScriptWorld.definition();
        EventLoopReactor reactor = new EventLoopReactor(SystemClock.INSTANCE,
                EventLoopReactor.Settings.defaults().withLagWarn(TimeUnit.SECONDS.toNanos(10))).start();
        long[] calls = new long[2];
        long[] longest = new long[4];
        long[] stopped = new long[1];
        CompletableFuture<Void> started = new CompletableFuture<>();
        reactor.execute(() -> {
            Game game = new Game(ScriptWorld.build(definition), reactor);
            Scripts scripts = new Scripts(ScriptBudget.DEFAULT, new SplittableRandom(1), Scripts.gameThreadTime(),
                    failure -> stopped[0]++);
            scripts.load(definition.scripts());
            ModelEffects effects = new ModelEffects(game, Map.of());
            Thing pembrook = game.world().get("pembrook");
            Thing alice = game.world().player("Alice", pembrook.room());
            ScriptCall greet = ScriptCall.of("bench.greet", pembrook, alice, pembrook.room());
            ScriptCall spin = ScriptCall.of("bench.spin", pembrook, alice, pembrook.room());
            // Ten calls every 10 ms make 1,000 a second; fewer calls spread the same way.
            int perTick = Math.max(1, callsPerSecond / 100);
            LoopingCall.of(reactor, "greetings", () -> {
                for (int i = 0; i < perTick; i++) {
                    timed(() -> scripts.call(greet, effects), calls, longest, 0);
                }
            }).start(Duration.ofNanos(1_000_000_000L * perTick / callsPerSecond), false);
            if (runawaysPerSecond > 0) {
                LoopingCall.of(reactor, "runaways", () -> timed(() -> scripts.call(spin, effects), calls, longest, 1))
                        .start(Duration.ofNanos(1_000_000_000L / runawaysPerSecond), false);
            }
            started.complete(null);
        });
        started.get();
        LoadRuns.reportAfter(reactor, seconds, elapsed -> String.format("%.1f s: %d greetings (%.0f/s), longest %.2f ms"
                + " (CPU %.2f ms); %d runaways, longest %.2f ms (CPU %.2f ms); %d calls stopped; loop lag %s", elapsed,
                calls[0], calls[0] / elapsed, longest[0] / 1e6, longest[2] / 1e6, calls[1], longest[1] / 1e6,
                longest[3] / 1e6, stopped[0], reactor.lag().snapshot()));
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static void timed(Runnable call, long[] calls, long[] longest, int kind) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        call.run();
        long took = System.nanoTime() - start;
        long cpuTook = THREADS.getCurrentThreadCpuTime() - cpu;
        calls[kind]++;
        longest[kind] = Math.max(longest[kind], took);
        longest[kind + 2] = Math.max(longest[kind + 2], cpuTook);
    }
}
