package brass.world.script;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.build.WorldBuilder;
import brass.world.files.CheckResult;
import brass.world.files.WorldChecker;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.game.PlayerSession;
import brass.world.game.Recorder;
import brass.world.model.Thing;
import brass.world.model.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * A small running world with scripts, for tests: a hall and a study, Pembrook the butler holding
 * the brass key to a locked chest, a lamp, a candle prototype; Alice and Bob in the hall. The
 * scripts are written to {@code scripts/} and checked with the world; the model runs on a manual
 * reactor, effects go through {@link ModelEffects}.
 */
final class ScriptStage {

    static final String WORLD = """
            name: Test
            start: hall
            rooms:
              hall:
                description: A plain hall.
                exits: {north: study}
              study:
                description: A quiet study.
                exits: {south: hall}
            things:
              brass-key: {name: brass key, is-key: true, carried-by: pembrook}
              chest: {name: chest, container: true, lockable: true, locked: true, key: brass-key, in: hall}
              lamp: {name: lamp, light-source: true, in: hall}
            prototypes:
              candle: {name: candle, light-source: true}
            actors:
              pembrook: {name: Pembrook, proper-name: true, gender: male, in: hall}
            """;

    final Path folder;
    final ManualReactor reactor = new ManualReactor();
    final World world;
    final Game game;
    final Scripts scripts;
    final ModelEffects effects;
    final List<ScriptFailure> failures = new ArrayList<>();
    final Recorder aliceOut = new Recorder();
    final Recorder bobOut = new Recorder();
    final PlayerSession alice;
    final PlayerSession bob;

    /**
     * A stage with the default budget, its time measured on the reactor's manual clock: it stands
     * still while a script runs, so only the instruction budget can stop one, exactly where it
     * always does.
     */
    ScriptStage(Path folder, String... namesAndScripts) {
        this(folder, ScriptBudget.DEFAULT, null, namesAndScripts);
    }

    ScriptStage(Path folder, ScriptBudget budget, LongSupplier nanoTime, String... namesAndScripts) {
        this.folder = folder;
        write(folder, "world.yaml", WORLD);
        for (int i = 0; i < namesAndScripts.length; i += 2) {
            write(folder, "scripts/" + namesAndScripts[i] + ".js", namesAndScripts[i + 1]);
        }
        WorldDefinition definition = check(folder);
        world = WorldBuilder.build(definition);
        game = new Game(world, reactor);
        scripts = new Scripts(budget, new SplittableRandom(1), nanoTime != null ? nanoTime
                : reactor.manualClock()::nanoTime, failures::add);
        scripts.load(definition.scripts());
        effects = new ModelEffects(game, Map.of("candle", "candle"));
        alice = game.enter("alice", aliceOut);
        bob = game.enter("bob", bobOut);
        reactor.runUntilIdle();
        aliceOut.take();
        bobOut.take();
    }

    /**
     * Loads a script the checker has not seen (it would refuse some of what sandbox tests try):
     * functions {@code t0}, {@code t1}, ... declared one per line from line 1.
     */
    void loadUnchecked(String name, List<String> bodies) {
        StringBuilder source = new StringBuilder();
        Map<String, brass.world.files.diagnostic.SourcePosition> functions = new java.util.LinkedHashMap<>();
        String label = folder.resolve("scripts/" + name + ".js").toString();
        for (int i = 0; i < bodies.size(); i++) {
            functions.put("t" + i, new brass.world.files.diagnostic.SourcePosition(label, i + 1, 10));
            source.append("function t").append(i).append("(actor, player, room, event) { ").append(bodies.get(i))
                    .append(" }\n");
        }
        scripts.load(ScriptLibrary.of(List.of(new ScriptFile(name, label, functions,
                Sandbox.compile(source.toString(), label)))));
    }

    static void write(Path folder, String name, String text) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder's definition, which must have no errors (the unused candle prototype is warned about). */
    static WorldDefinition check(Path folder) {
        CheckResult result = WorldChecker.check(folder);
        assertThat(result.errorCount()).as(result.report()).isZero();
        return result.world().orElseThrow();
    }

    Thing thing(String id) {
        return world.get(id);
    }

    Thing pembrook() {
        return thing("pembrook");
    }

    Thing alicePlayer() {
        return alice.actor();
    }

    /** Calls {@code function} on Pembrook, set off by Alice, in the hall. */
    ScriptResult call(String function) {
        return call(new ScriptCall(function, pembrook(), alicePlayer(), pembrook().room(), null, null));
    }

    /** Calls {@code function} as {@link #call(String)} does, which must run to its end. */
    void run(String function) {
        run(new ScriptCall(function, pembrook(), alicePlayer(), pembrook().room(), null, null));
    }

    /** Makes {@code call}, which must run to its end. */
    void run(ScriptCall call) {
        assertThat(call(call).failure()).isEmpty();
    }

    ScriptResult call(ScriptCall call) {
        return scripts.call(call, effects);
    }

    /** The one failure reported since the last look, as a builder reads it, without the folder. */
    String failure() {
        assertThat(failures).hasSize(1);
        String text = failures.remove(0).toString();
        return text.replace(folder.toString() + folder.getFileSystem().getSeparator(), "");
    }
}
