package brass.world.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script that runs too long is stopped at its budget, whatever it tries: a loop, a loop inside
 * try/catch/finally, recursion, one built-in call over a huge array or string, a regular
 * expression that backtracks for ever, a flood of effects, a slow effect, or top-level code.
 */
class BudgetTest {

    static final String STOPPED = " ran past its budget of 100,000 instructions and was stopped";

    @TempDir
    Path dir;

    @Test
    void anEndlessLoopIsStoppedAtItsInstructionBudgetAndTheBuilderReadsWhere() {
        ScriptStage stage = new ScriptStage(dir, "runaway", """
                function greet(actor) {
                  actor.say('Good evening.');
                  while (true) {}
                }
                """);

        ScriptResult result = stage.call("runaway.greet");

        assertThat(result.failure().map(ScriptFailure::problem)).contains(STOPPED.strip());
        assertThat(stage.failure()).isEqualTo("scripts/runaway.js:3: runaway.greet" + STOPPED);
        // What it did before it was stopped stays done.
        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"Good evening.\"");
    }

    @Test
    void theBudgetIsCheckedEveryThousandInstructionsSoALoopStopsRightAtIt() {
        AtomicLong clockReads = new AtomicLong();
        ScriptStage stage = new ScriptStage(dir, ScriptBudget.DEFAULT, () -> {
            clockReads.incrementAndGet();
            return 0;
        });
        stage.loadUnchecked("runaway", List.of("while (true) {}"));

        stage.call("runaway.t0");

        // One read as the call starts, then one at each check: a hundred checks, every 1,000
        // instructions, and the hundred-and-first finds the budget spent.
        assertThat(clockReads.get()).isEqualTo(101);
        assertThat(stage.failure()).isEqualTo("scripts/runaway.js:1: runaway.t0" + STOPPED);
    }

    @Test
    void noCatchOrFinallyRunsOnceTheBudgetIsSpent() {
        ScriptStage stage = new ScriptStage(dir);
        stage.loadUnchecked("sly", List.of(
                "try { while (true) {} } catch (e) { actor.say('caught'); } finally { actor.say('finally'); }",
                "try { while (true) {} } finally { while (true) {} }"));

        stage.call("sly.t0");
        assertThat(stage.failure()).isEqualTo("scripts/sly.js:1: sly.t0" + STOPPED);
        stage.call("sly.t1");
        assertThat(stage.failure()).isEqualTo("scripts/sly.js:2: sly.t1" + STOPPED);

        assertThat(stage.aliceOut.take()).isEmpty();
    }

    @Test
    void recursionIsStoppedAtTheStackDepth() {
        ScriptStage stage = new ScriptStage(dir);
        stage.loadUnchecked("deep", List.of("down(); function down() { down(); }"));

        stage.call("deep.t0");

        assertThat(stage.failure()).isEqualTo("scripts/deep.js:1: deep.t0 failed: Exceeded maximum stack depth");
    }

    @Test
    void oneBuiltInCallOverAHugeArrayOrStringIsChargedBeforeItRuns() {
        ScriptStage stage = new ScriptStage(dir);
        stage.loadUnchecked("bulk", List.of(
                "new Array(1e7).join('x')",
                "'x'.repeat(1e8)",
                "'x'.padStart(1e8)",
                "var a = []; a.length = 1e9; a.sort()",
                "JSON.stringify(new Array(1e7))",
                "Array.from({length: 1e8})",
                "Math.max.apply(null, {length: 1e8})",
                "var s = 'x'; for (var i = 0; i < 30; i++) { s += s; } s.indexOf('y')",
                "/(a+)+b/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac')",
                "actor.say([3, 1, 2].sort().join(', ') + ' ' + 'ab'.repeat(2) + ' ' + /(a+)+b/.test('aab'))"));

        for (int i = 0; i < 9; i++) {
            stage.call("bulk.t" + i);
            assertThat(stage.failure()).isEqualTo("scripts/bulk.js:" + (i + 1) + ": bulk.t" + i + STOPPED);
        }
        stage.run("bulk.t9");
        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"1, 2, 3 abab true\"");
    }

    @Test
    void aStringDoubledPastWhatJavaCanHoldIsRefusedWithoutBeingMade() {
        ScriptStage stage = new ScriptStage(dir);
        String doubled = "var s = 'ab'; for (var i = 0; i < 40; i++) { s += s; } ";
        stage.loadUnchecked("huge", List.of(doubled + "actor.say(s)", doubled + "s.toUpperCase()"));

        stage.call("huge.t0");
        assertThat(stage.failure()).isEqualTo("scripts/huge.js:1: huge.t0 threw TypeError: say: the text is over"
                + " 2147483646 characters long; at most 4000 may be shown at once");
        stage.call("huge.t1");
        assertThat(stage.failure()).isEqualTo("scripts/huge.js: huge.t1 failed inside the JavaScript engine:"
                + " java.lang.StringIndexOutOfBoundsException: offset -2, count 2, length 0");
    }

    @Test
    void eachEffectCostsFiveHundredInstructionsSoAFloodOfThemIsCut() {
        ScriptStage stage = new ScriptStage(dir);
        stage.loadUnchecked("chatty", List.of("for (var i = 0; i < 1000; i++) { actor.emote('bows.'); }"));

        stage.call("chatty.t0");

        assertThat(stage.failure()).isEqualTo("scripts/chatty.js:1: chatty.t0" + STOPPED);
        assertThat(stage.aliceOut.messages).hasSize(161).allMatch("Pembrook bows."::equals);
    }

    @Test
    void aCallIsStoppedAtItsTimeBudgetWhichIsCheckedAfterEveryEffectToo() {
        AtomicLong now = new AtomicLong();
        // A millisecond passes between any two looks at the clock: the sixth look is past 5 ms.
        ScriptStage stage = new ScriptStage(dir, ScriptBudget.DEFAULT, () -> now.getAndAdd(1_000_000));
        stage.loadUnchecked("slow", List.of("while (true) {}", "actor.say('one'); actor.say('two');"));

        stage.call("slow.t0");
        assertThat(stage.failure()).isEqualTo("scripts/slow.js:1: slow.t0 ran past its time budget of 5 ms and was stopped");

        // An effect that takes 6 ms of the loop's time: the call stops right after it.
        stage.effects.afterEffect = line -> now.addAndGet(6_000_000);
        stage.call("slow.t1");
        assertThat(stage.failure()).isEqualTo("scripts/slow.js:2: slow.t1 ran past its time budget of 5 ms and was stopped");
        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"one\"");
    }

    @Test
    void onTheGameThreadsOwnClockARunawayIsStoppedAtFiveMillisecondsOfItsCpuTime() {
        // No instruction limit to speak of: only the time budget, on the clock a server uses.
        ScriptBudget timeOnly = ScriptBudget.DEFAULT.withInstructions(Long.MAX_VALUE);
        LongSupplier cpu = Scripts.gameThreadTime();
        ScriptStage stage = new ScriptStage(dir, timeOnly, cpu);
        stage.loadUnchecked("spin", List.of("while (true) {}"));

        long before = cpu.getAsLong();
        stage.call("spin.t0");
        long spent = cpu.getAsLong() - before;

        assertThat(stage.failure()).isEqualTo("scripts/spin.js:1: spin.t0 ran past its time budget of 5 ms and was stopped");
        // It ran until the thread had spent its 5 ms, and was stopped at the next check after.
        assertThat(spent).isGreaterThanOrEqualTo(5_000_000L);
    }

    @Test
    void topLevelCodeRunsUnderTheBudgetAndAFileThatFailsToLoadRunsNothing() {
        ScriptStage stage = new ScriptStage(dir, "hang", """
                var greeting = 'Good evening.';
                while (true) {}
                function greet(actor) { actor.say(greeting); }
                """);
        assertThat(stage.failure()).isEqualTo("scripts/hang.js:2: hang.js" + STOPPED);

        stage.call("hang.greet");

        assertThat(stage.failure()).isEqualTo("scripts/hang.js:3: hang.greet was not run: its file failed when it loaded");
        assertThat(stage.aliceOut.take()).isEmpty();
    }

    @Test
    void whileAFileLoadsTheWorldCannotBeTouched() {
        ScriptStage stage = new ScriptStage(dir, "early", """
                var lamp = world.thing('lamp');
                function greet(actor) { actor.say('hello'); }
                """);

        assertThat(stage.failure()).isEqualTo("scripts/early.js:1: early.js threw TypeError: world.thing can only be"
                + " used while a function runs, not while its file loads");
    }

    @Test
    void scriptsSetOffByAScriptShareItsBudgetAndNestOnlyEightDeep() {
        ScriptStage stage = new ScriptStage(dir);
        stage.loadUnchecked("echo", List.of("actor.say('again');", "while (true) {}",
                "actor.say('before'); actor.say('after');"));
        // A reaction to what Pembrook says calls the script again: the eighth call's say is the last.
        stage.effects.afterEffect = line -> stage.call("echo.t0");

        stage.call("echo.t0");

        assertThat(stage.aliceOut.messages).hasSize(8).allMatch("Pembrook says, \"again\""::equals);
        assertThat(stage.failure()).isEqualTo("scripts/echo.js:1: echo.t0 was not run: scripts set each other off 8 deep");
        stage.aliceOut.take();

        // A call set off from inside another spends the budget of both: each stops, told of once.
        stage.effects.afterEffect = line -> stage.call("echo.t1");
        ScriptResult outer = stage.call("echo.t2");

        assertThat(stage.failure()).isEqualTo("scripts/echo.js:2: echo.t1" + STOPPED);
        assertThat(outer.failure().map(ScriptFailure::problem)).contains(STOPPED.strip());
        assertThat(stage.aliceOut.take()).isEqualTo("Pembrook says, \"before\"");
    }

    @Test
    void aBudgetMustAllowSomething() {
        assertThatThrownBy(() -> new ScriptBudget(0, Duration.ofMillis(5), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScriptBudget.DEFAULT.withTime(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
