package brass.world.script;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.files.CheckResult;
import brass.world.files.WorldChecker;
import brass.world.files.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Script files are input from outside: whatever a builder saves in {@code scripts/}, half-typed,
 * garbled, nested thousands deep, the checker answers with one-line diagnostics naming the file
 * and never throws; and whatever a checked script does when called, the call returns (ran, or
 * stopped and reported) and the world stays sound. Tries come from {@code jqwik.tries.default}.
 */
@Tag("fuzz")
class ScriptFuzzProperties {

    /** Pieces of scripts: statements that check, some of which loop, recurse, throw or misuse the API. */
    static final List<String> STATEMENTS = List.of(
            "actor.say('Hello, ' + (player ? player.name : 'nobody') + '.');",
            "actor.emote('bows.');",
            "if (player) { player.tell('psst'); }",
            "room.show('The clocks strike.', player);",
            "var lamp = world.thing('lamp'); if (lamp) { actor.take(lamp); }",
            "var chest = world.thing('chest'); actor.unlock(chest); actor.open(chest);",
            "world.thing('lamp').moveTo(room);",
            "if (player) { actor.give(world.thing('brass-key'), player); }",
            "var c = world.create('candle', room); world.destroy(c);",
            "while (true) {}",
            "for (var i = 0; i < 1e6; i++) { actor.emote('fidgets.'); }",
            "again(actor, player, room, event);",
            "throw new Error('on purpose');",
            "null.x;",
            "actor.setCounter('nothing', 1);",
            "actor.say(new Array(1e6).join('x'));",
            "var s = 'ab'; for (var k = 0; k < 40; k++) { s += s; } actor.say(s);",
            "actor.moveTo(world.thing('chest'));",
            "if (player) { player.moveTo(world.thing('study')); }",
            "actor.say(JSON.stringify(room.contents.map(function (t) { return t.id; })));",
            "try { actor.close(world.thing('chest')); } catch (e) { actor.say(String(e)); }",
            "[3, 1, 2].sort().forEach(function (n) { actor.say(String(n)); });",
            "actor.say(String(Math.floor(Math.random() * 10)));",
            "return;");

    @Provide
    Arbitrary<String> programs() {
        Arbitrary<String> body = Arbitraries.of(STATEMENTS).list().ofMaxSize(6).map(l -> String.join("\n  ", l));
        return body.list().ofMinSize(1).ofMaxSize(3).map(bodies -> {
            StringBuilder text = new StringBuilder("function again(actor, player, room, event) { "
                    + STATEMENTS.get(0) + " again(actor, player, room, event); }\n");
            for (int i = 0; i < bodies.size(); i++) {
                text.append("function f").append(i).append("(actor, player, room, event) {\n  ").append(bodies.get(i))
                        .append("\n}\n");
            }
            return text.toString();
        });
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> tokens = Arbitraries.of("function", "f", "(", ")", "{", "}", "[", "]", ";", ",", "'", "\"",
                "`", "/", "*", "//", "/*", "*/", "world", ".", "thing", "('lamp')", "actor", "=", "=>", "var", "let",
                "while", "true", "\n", " ", "\\", "${", "0x", "1e9", "\u00e9", "\u0000", "\u2028", "\ud83d\ude00",
                "class", "async", "yield", "import", "...").list().ofMaxSize(200).map(l -> String.join("", l));
        Arbitrary<String> deep = Arbitraries.integers().between(1, 200_000).flatMap(n -> Arbitraries.of("(", "[", "{",
                "f(", "a.b(", "-", "!", "function(){").map(open -> "var x = " + open.repeat(n) + "1"));
        return Arbitraries.oneOf(tokens, deep, Arbitraries.strings().ofMaxLength(300), programs());
    }

    @Property
    void anythingSavedInScriptsIsCheckedIntoOneLineDiagnosticsNamingItsFile(@ForAll("texts") String text) {
        inFolder(dir -> {
            ScriptStage.write(dir, "world.yaml", ScriptStage.WORLD);
            ScriptStage.write(dir, "scripts/fuzz.js", text);

            CheckResult result = WorldChecker.check(dir);

            for (Diagnostic d : result.diagnostics()) {
                assertThat(d.toString()).doesNotContain("\n").doesNotContain("\r");
                if (!d.position().file().endsWith("world.yaml")) {
                    assertThat(d.position().file()).isEqualTo(dir.resolve("scripts/fuzz.js").toString());
                }
            }
            assertThat(result.world().isPresent()).isEqualTo(!result.hasErrors());
        });
    }

    @Property
    void everyCallOfACheckedScriptReturnsAndTheWorldStaysSound(@ForAll("programs") String program) {
        inFolder(dir -> {
            ScriptStage stage = new ScriptStage(dir, ScriptBudget.DEFAULT.withInstructions(20_000), null, "fuzz",
                    program);
            for (String function : stage.scripts.library().functionNames()) {
                ScriptResult result = stage.call(function);
                assertThat(result.ok()).isEqualTo(stage.failures.isEmpty());
                stage.failures.clear();
                assertThat(stage.world.problems()).isEmpty();
            }
        });
    }

    private static void inFolder(Consumer<Path> test) {
        Path dir;
        try {
            dir = Files.createTempDirectory("brass-script-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            test.accept(dir);
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
