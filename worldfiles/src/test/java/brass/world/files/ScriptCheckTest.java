package brass.world.files;

import static brass.world.files.TestWorlds.WORLD;
import static org.assertj.core.api.Assertions.assertThat;

import brass.world.files.definition.WorldDefinition;
import brass.world.script.ScriptLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code bin/brass check} says about a world's scripts: syntax errors, calls to functions
 * nobody declares, and ids the scripts name that do not exist, each at its file, line and column
 * with a suggestion where there is one; and what it gives reactions to check the functions they
 * name against.
 */
class ScriptCheckTest {

    static final String ENTRIES = WORLD + """
            rooms:
              hall:
                description: A hall.
            things:
              old-key: {name: old key, in: hall}
            prototypes:
              candle: {name: candle}
            actors:
              pembrook: {name: Pembrook, in: hall}
            """;

    @TempDir
    Path dir;

    private static void expect(List<String> actual, String... expected) {
        assertThat(String.join("\n", actual)).isEqualTo(String.join("\n", expected));
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineAndColumnOncePerFile() {
        expect(TestWorlds.check(dir, "world.yaml", ENTRIES, "scripts/butler.js", """
                function greet(actor) {
                  actor.say('Good evening.';
                  var = 3;
                }
                """, "scripts/cat.js", """
                function purr(actor) {
                  actor.emote('purrs.');
                }
                """),
                "scripts/butler.js:2:28: error: JavaScript syntax: missing ) after argument list",
                "world.yaml:9:3: warning: prototype 'candle' is never used; write like: candle in a thing, or remove it");
    }

    @Test
    void callsToFunctionsNobodyDeclaresAndWhatScriptsDoNotHaveAreErrors() {
        expect(TestWorlds.check(dir, "world.yaml", ENTRIES, "scripts/butler.js", """
                function greet(actor, player) {
                  var when = new Date();
                  greeet(actor);
                  eval('1');
                  helper(player);
                  parseInt('3');
                  load('x.js');
                }
                function helper(p) { return p; }
                function greet(actor) {}
                """),
                "scripts/butler.js:2:18: error: 'Date' is not available to scripts",
                "scripts/butler.js:3:3: error: call to unknown function 'greeet'; did you mean 'greet'?",
                "scripts/butler.js:4:3: error: 'eval' is not available to scripts",
                "scripts/butler.js:7:3: error: call to unknown function 'load'",
                "scripts/butler.js:10:10: error: function 'greet' is declared twice (first at "
                        + "scripts/butler.js:1:10); rename one of them",
                "world.yaml:9:3: warning: prototype 'candle' is never used; write like: candle in a thing, or remove it");
    }

    @Test
    void idsWrittenInWorldThingAndWorldCreateMustExistAndBeOfTheRightKind() {
        expect(TestWorlds.check(dir, "world.yaml", ENTRIES, "scripts/butler.js", """
                function fetch(actor, player, room) {
                  var key = world.thing('old-kye');
                  world.thng('old-key');
                  world.create('candel', room);
                  world.create('hall', room);
                  world.thing('candle');
                  var found = world.thing('old-key');
                  world.create('candle', room);
                  world.thing("pembrook").say("Done.");
                }
                """),
                "scripts/butler.js:2:25: error: world.thing names 'old-kye', which does not exist; did you mean 'old-key'?",
                "scripts/butler.js:3:9: error: unknown function 'world.thng'; did you mean 'world.thing'?",
                "scripts/butler.js:4:16: error: world.create names 'candel', which does not exist; did you mean 'candle'?",
                "scripts/butler.js:5:16: error: world.create names 'hall', which is a room, not a prototype",
                "scripts/butler.js:6:15: error: world.thing names 'candle', which is a prototype, not in the world itself;"
                        + " make one with world.create('candle', place)");
    }

    @Test
    void aScriptFileNameMustBeAnIdAndScriptsBelongDirectlyInTheScriptsFolder() throws Exception {
        TestWorlds.write(dir, "world.yaml", ENTRIES.replace("old-key: {name: old key, in: hall}",
                "old-key: {name: old key, in: hall}\n  candle-1: {like: candle, in: hall}"),
                "scripts/Butler Bits.js", "function greet(actor) {}\n",
                "scripts/lib/helpers.js", "function help() {}\n", "butler.js", "function greet() {}\n",
                "scripts/.hidden.js", "not even JavaScript(\n");
        Files.write(dir.resolve("scripts/latin1.js"), new byte[] {'/', '/', ' ', (byte) 0xE9, '\n'});

        expect(TestWorlds.lines(dir, WorldChecker.check(dir)),
                "butler.js: warning: file ignored: scripts live directly in the scripts folder; move it to scripts/butler.js",
                "scripts/Butler Bits.js: error: script file name 'Butler Bits' must be lower-case letters, digits, '-'"
                        + " and '_'; rename it to 'butler-bits.js'",
                "scripts/latin1.js:1:4: error: the file is not UTF-8: byte 0xE9 is not a character; save it as UTF-8",
                "scripts/lib/helpers.js: warning: file ignored: scripts live directly in the scripts folder; move it to"
                        + " scripts/helpers.js");
    }

    @Test
    void aCheckedWorldCarriesItsScriptsForReactionsToNameTheirFunctions() {
        TestWorlds.write(dir, "world.yaml", ENTRIES.replace("old-key: {name: old key, in: hall}",
                "old-key: {name: old key, in: hall}\n  candle-1: {like: candle, in: hall}"),
                "scripts/butler.js", """
                        var greetings = 0;
                        function greet(actor) { greetings++; }
                        function farewell(actor) {}
                        """, "scripts/cat.js", "function purr(actor) {}\n");

        CheckResult result = WorldChecker.check(dir);
        assertThat(result.diagnostics()).isEmpty();
        WorldDefinition world = result.world().orElseThrow();
        ScriptLibrary scripts = world.scripts();

        assertThat(scripts.functionNames()).containsExactly("butler.greet", "butler.farewell", "cat.purr");
        assertThat(scripts.function("butler.farewell").map(Object::toString))
                .contains(dir.resolve("scripts/butler.js") + ":3:10");
        assertThat(scripts.has("butler.greet")).isTrue();
        assertThat(scripts.has("butler.gret")).isFalse();
        assertThat(scripts.hintFor("butler.gret")).isEqualTo("did you mean 'butler.greet'?");
        assertThat(scripts.hintFor("butler.wave")).isEqualTo("scripts/butler.js has greet, farewell");
        assertThat(scripts.hintFor("dog.bark")).isEqualTo("there is no scripts/dog.js");
        assertThat(scripts.hintFor("greet")).isEqualTo("there is no scripts/greet.js");
    }
}
