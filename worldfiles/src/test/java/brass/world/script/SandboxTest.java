package brass.world.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way out of the sandbox a script might try fails with an error the builder reads, and does
 * nothing. The scripts here are loaded without the checker, which refuses several of them outright.
 */
class SandboxTest {

    @TempDir
    Path dir;

    ScriptStage stage;

    @BeforeEach
    void stage() {
        stage = new ScriptStage(dir);
    }

    /** Runs one function body as {@code escape.t0} and returns the failure as the builder reads it. */
    String attempt(String body) {
        stage.loadUnchecked("escape", List.of(body));
        ScriptResult result = stage.call("escape.t0");
        assertThat(result.ok()).isFalse();
        return stage.failure();
    }

    @Test
    void noJavaPackagesClassesOrLiveConnect() {
        assertThat(attempt("java.lang.System.exit(1)"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw ReferenceError: \"java\" is not defined.");
        assertThat(attempt("Packages.java.io.File"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw ReferenceError: \"Packages\" is not defined.");
        assertThat(attempt("new java.lang.Thread(function () {}).start()"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw ReferenceError: \"java\" is not defined.");
        assertThat(attempt("new JavaAdapter(Object, {})"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw ReferenceError: \"JavaAdapter\" is not defined.");
        assertThat(attempt("importClass(Packages.java.io.File)"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw ReferenceError: \"importClass\" is not defined.");
        assertThat(attempt("importPackage('java.net')"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw ReferenceError: \"importPackage\" is not defined.");
        assertThat(attempt("load('/etc/passwd')"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw ReferenceError: \"load\" is not defined.");
        assertThat(attempt("new XML('<a/>')"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw ReferenceError: \"XML\" is not defined.");
    }

    @Test
    void aThingIsAPlainScriptObjectWithNoJavaBehindIt() {
        assertThat(attempt("actor.getClass()"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw TypeError: Cannot find function getClass.");
        assertThat(attempt("actor.thing.getClass()"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw TypeError: Cannot call method \"getClass\" of undefined");
        assertThat(attempt("world.getClass()"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw TypeError: Cannot find function getClass.");
        assertThat(attempt("actor.say.call.getClass()"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw TypeError: Cannot find function getClass.");
        assertThat(attempt("actor.name = 'Bob'")).isEqualTo("scripts/escape.js:1: escape.t0 threw TypeError: 'name'"
                + " of a thing cannot be assigned; things change through their methods, such as moveTo or setCounter");
        assertThat(stage.pembrook().name()).isEqualTo("Pembrook");
    }

    @Test
    void noCodeFromTextWhicheverWayTheConstructorIsReached() {
        String refused = "scripts/escape.js:1: escape.t0 threw TypeError: scripts cannot make code from text";
        assertThat(attempt("this.constructor.constructor('return this')()")).isEqualTo(refused);
        assertThat(attempt("Object.getPrototypeOf(actor).constructor.constructor('return 1')()")).isEqualTo(refused);
        assertThat(attempt("(function () {}).constructor('return 1')()")).isEqualTo(refused);
        assertThat(attempt("Function('return this')()")).isEqualTo(refused);
        assertThat(attempt("new Function('a', 'return a')(1)")).isEqualTo(refused);
        assertThat(attempt("(() => 1).constructor('return 1')()")).isEqualTo(refused);
        assertThat(attempt("eval('1 + 1')"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw ReferenceError: \"eval\" is not defined.");
        assertThat(attempt("new Script('1 + 1')"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw ReferenceError: \"Script\" is not defined.");
        assertThat(attempt("(function* () {}).constructor('yield 1')"))
                .isEqualTo("scripts/escape.js:1: escape.t0 threw TypeError: Cannot find function constructor.");
    }

    @Test
    void noClockNoPromisesNoRawMemoryNoContinuations() {
        for (String name : List.of("Date", "Promise", "ArrayBuffer", "Uint8Array", "DataView", "Continuation", "Proxy",
                "Reflect", "JavaException")) {
            assertThat(attempt("new " + name + "()")).isEqualTo("scripts/escape.js:1: escape.t0 threw ReferenceError: \""
                    + name + "\" is not defined.");
        }
    }

    @Test
    void theGlobalScopeHoldsTheStandardObjectsLeftAndWorldOnly() {
        stage.loadUnchecked("look", List.of("actor.say(Object.getOwnPropertyNames(Object.getPrototypeOf(this)).sort()"
                + ".join(' '))"));
        stage.run("look.t0");
        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"AggregateError Array BigInt Boolean Error EvalError"
                + " Function Infinity InternalError JSON Map Math NaN Number Object RangeError ReferenceError RegExp Set"
                + " String Symbol SyntaxError TypeError URIError WeakMap WeakSet decodeURI decodeURIComponent"
                + " encodeURI encodeURIComponent escape global globalThis isFinite isNaN parseFloat parseInt undefined"
                + " unescape\"");
        stage.loadUnchecked("look", List.of("actor.say(Object.getOwnPropertyNames(this).join(' '))"));
        stage.run("look.t0");
        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"world t0\"");
    }

    @Test
    void theStandardObjectsAreSealedSoOneFileCannotChangeThemUnderAnother() {
        assertThat(attempt("Array.prototype.push = null"))
                .isEqualTo("scripts/escape.js:1: escape.t0 failed: Cannot modify a property of a sealed object: push.");
        assertThat(attempt("Object.prototype.owner = 'me'"))
                .isEqualTo("scripts/escape.js:1: escape.t0 failed: Cannot modify a property of a sealed object: owner.");
        assertThat(attempt("Math.random = function () { return 4; }"))
                .isEqualTo("scripts/escape.js:1: escape.t0 failed: Cannot modify a property of a sealed object: random.");
        assertThat(attempt("delete Array.prototype.map; [].map(x => x)"))
                .isEqualTo("scripts/escape.js:1: escape.t0 failed: Cannot modify a property of a sealed object: map.");
        stage.loadUnchecked("mine", List.of("world = null; actor.say(typeof world.thing)"));
        stage.run("mine.t0");
        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"function\"");
    }

    @Test
    void aScriptNeverRunsInARhinoContextEnteredOutsideTheSandbox() {
        stage.loadUnchecked("plain", List.of("actor.say('hello')"));
        org.mozilla.javascript.Context.enter();
        try {
            assertThat(stage.call("plain.t0").ok()).isFalse();
        } finally {
            org.mozilla.javascript.Context.exit();
        }
        assertThat(stage.failure()).isEqualTo("scripts/plain.js:1: plain.t0 was not run: another Rhino context is"
                + " entered on this thread, and a script runs only in its sandbox");
        assertThat(stage.aliceOut.take()).isEmpty();
        stage.run("plain.t0");
        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"hello\"");
    }

    @Test
    void mathRandomDrawsFromTheGamesSeededGeneratorSoRunsReplay() {
        stage.loadUnchecked("dice", List.of("actor.say(String(Math.floor(Math.random() * 1000)))"));
        stage.run("dice.t0");
        stage.run("dice.t0");
        String first = stage.aliceOut.take();
        ScriptStage again = new ScriptStage(dir.resolve("again"));
        again.loadUnchecked("dice", List.of("actor.say(String(Math.floor(Math.random() * 1000)))"));
        again.run("dice.t0");
        again.run("dice.t0");
        assertThat(again.aliceOut.take()).isEqualTo(first);
        assertThat(first).isEqualTo("Pembrook says, \"566\"\nPembrook says, \"745\"");
    }
}
