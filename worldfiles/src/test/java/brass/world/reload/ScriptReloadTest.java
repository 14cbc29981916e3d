package brass.world.reload;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.world.behaviour.standard.StandardBehaviours;
import brass.world.build.WorldBuilder;
import brass.world.build.Worlds;
import brass.world.files.definition.WorldDefinition;
import brass.world.game.Game;
import brass.world.game.PlayerSession;
import brass.world.game.Recorder;
import brass.world.model.Thing;
import brass.world.script.ModelEffects;
import brass.world.script.ScriptCall;
import brass.world.script.ScriptResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reload} picks up changed scripts like everything else, and refuses broken ones. */
class ScriptReloadTest {

    static final String WORLD = """
            name: Test
            start: hall
            rooms:
              hall: {description: A plain hall.}
            actors:
              pembrook: {name: Pembrook, proper-name: true, in: hall}
            """;

    @TempDir
    Path dir;

    ManualReactor reactor = new ManualReactor();
    Game game;
    Reloader reloader;
    ModelEffects effects;
    Recorder aliceOut = new Recorder();
    Recorder bobOut = new Recorder();
    PlayerSession alice;
    PlayerSession bob;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(dir.resolve("world.yaml"), WORLD);
        script("var greeted = 0;\nfunction greet(actor) { greeted++; actor.say('Hello, ' + greeted + '.'); }\n");
        WorldDefinition definition = Worlds.definition(dir);
        game = new Game(WorldBuilder.build(definition), reactor);
        reloader = Reloader.start(game, dir, definition, StandardBehaviours.registry(), new SplittableRandom(1));
        // Alice may reload, and so hears of failing scripts; Bob may not.
        ReloadCommand.install(game, reloader, actor -> actor.name().equals("Alice"));
        effects = new ModelEffects(game, Map.of());
        alice = game.enter("alice", aliceOut);
        bob = game.enter("bob", bobOut);
        aliceOut.take();
        bobOut.take();
    }

    void script(String text) throws IOException {
        Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(dir.resolve("scripts/butler.js"), text);
    }

    ScriptResult greet(String function) {
        Thing pembrook = game.world().get("pembrook");
        return reloader.scripts().call(ScriptCall.of(function, pembrook, alice.actor(), pembrook.room()), effects);
    }

    String reload() {
        alice.perform("reload");
        reactor.runUntilIdle();
        return aliceOut.take();
    }

    @Test
    void aChangedScriptRunsAfterReloadWithItsTopLevelStateStartedAfresh() throws IOException {
        greet("butler.greet");
        greet("butler.greet");
        assertThat(bobOut.take()).isEqualTo("Pembrook says, \"Hello, 1.\"\nPembrook says, \"Hello, 2.\"");

        script("var greeted = 0;\nfunction greet(actor) { greeted++; actor.say('Welcome, ' + greeted + '.'); }\n"
                + "function farewell(actor) { actor.say('Goodbye.'); }\n");
        assertThat(reload()).contains("The world has been reloaded");

        greet("butler.greet");
        greet("butler.farewell");
        assertThat(bobOut.take()).isEqualTo("Pembrook says, \"Welcome, 1.\"\nPembrook says, \"Goodbye.\"");
        assertThat(reloader.scripts().has("butler.farewell")).isTrue();
    }

    @Test
    void aScriptWithASyntaxErrorIsRefusedAndTheOldScriptsKeepRunning() throws IOException {
        script("function greet(actor) { actor.say('Hi' }\n");

        String said = reload().replace(dir + "/", "");

        assertThat(said).contains("scripts/butler.js:1:40: error: JavaScript syntax: missing ) after argument list");
        greet("butler.greet");
        assertThat(bobOut.take()).isEqualTo("Pembrook says, \"Hello, 1.\"");
    }

    @Test
    void thoseWhoMayReloadAreToldWhenAScriptFails() throws IOException {
        script("function greet(actor, player) { actor.say(player.title.trim()); }\n");
        reload();

        greet("butler.greet");

        assertThat(aliceOut.take().replace(dir + "/", "")).isEqualTo("Script error: scripts/butler.js:1: butler.greet"
                + " threw TypeError: Cannot call method \"trim\" of undefined");
        assertThat(bobOut.take()).isEmpty();
    }
}
