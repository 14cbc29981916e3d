package brass.bench;

import brass.engine.reactor.ManualReactor;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.model.Thing;
import brass.world.script.ModelEffects;
import brass.world.script.ScriptBudget;
import brass.world.script.ScriptCall;
import brass.world.script.ScriptEffects;
import brass.world.script.ScriptResult;
import brass.world.script.Scripts;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one script call costs the game loop. {@code greet} is a small script of the kind reactions
 * call: it reads a thing by id and its state and says one line, through the real model's effects
 * (a say action and its event, nobody connected) or through effects that do nothing (the script
 * engine's own cost: context, host objects, the budget's checks). {@code runaway} is
 * {@code while (true) {}}, stopped at its budget: how long it holds the loop.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ScriptCallBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScriptCallBenchmark {

    private Scripts scripts;
    private ScriptEffects model;
    private ScriptEffects nothing;
    private ScriptCall greet;
    private ScriptCall spin;
    private Game game;

    @Setup
    public void load() throws Exception {
        WorldDefinition definition = ScriptWorld.definition();
        game = new Game(ScriptWorld.build(definition), new ManualReactor());
        // Failures (the runaway's) are expected: counted by nobody, logged by nobody.
        scripts = new Scripts(ScriptBudget.DEFAULT, new SplittableRandom(1), Scripts.gameThreadTime(), failure -> { });
        scripts.load(definition.scripts());
        Thing pembrook = game.world().get("pembrook");
        Thing alice = game.world().player("Alice", pembrook.room());
        greet = ScriptCall.of("bench.greet", pembrook, alice, pembrook.room());
        spin = ScriptCall.of("bench.spin", pembrook, alice, pembrook.room());
        model = new ModelEffects(game, Map.of());
        nothing = new NoEffects();
    }

    @Benchmark
    public ScriptResult greetThroughTheModel() {
        return scripts.call(greet, model);
    }

    @Benchmark
    public ScriptResult greetEngineOnly() {
        return scripts.call(greet, nothing);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScriptResult runaway() {
        return scripts.call(spin, nothing);
    }

    /** Effects that do nothing: what is left is the engine's cost. */
    static final class NoEffects implements ScriptEffects {
        @Override public void say(Thing speaker, String text) { }
        @Override public void emote(Thing actor, String text) { }
        @Override public void tell(Thing player, String text) { }
        @Override public void show(Thing room, String text, Thing except) { }
        @Override public void move(Thing thing, Thing place) { }
        @Override public void movePlayer(Thing player, Thing room) { }
        @Override public void give(Thing giver, Thing thing, Thing receiver) { }
        @Override public void take(Thing taker, Thing thing) { }
        @Override public void open(Thing by, Thing thing) { }
        @Override public void close(Thing by, Thing thing) { }
        @Override public void lock(Thing by, Thing thing) { }
        @Override public void unlock(Thing by, Thing thing) { }
        @Override public void light(Thing by, Thing thing) { }
        @Override public void extinguish(Thing by, Thing thing) { }
        @Override public Thing create(String prototype, Thing place) { return place; }
        @Override public void destroy(Thing thing) { }
        @Override public long counter(Thing thing, String name) { return 0; }
        @Override public void setCounter(Thing thing, String name, long value) { }
        @Override public long addCounter(Thing thing, String name, long by) { return by; }
    }
}
