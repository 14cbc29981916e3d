package brass.world.script;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A failed script is told of in the log and to the builders in the game, once a minute per function. */
class ScriptNoticesTest {

    @TempDir
    Path dir;

    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    final Logger log = (Logger) LoggerFactory.getLogger(Scripts.class);
    ScriptStage stage;

    @BeforeEach
    void stage() {
        logged.start();
        log.addAppender(logged);
        stage = new ScriptStage(dir, "butler", """
                function greet(actor, player) {
                  actor.say('Welcome, ' + player.nmae.toUpperCase() + '.');
                }
                """);
        // Alice builds; Bob only plays.
        stage.scripts.reportTo(new ScriptNotices(stage.game, actor -> actor == stage.alicePlayer()));
    }

    @AfterEach
    void stopListening() {
        log.detachAppender(logged);
    }

    String logLines() {
        StringBuilder lines = new StringBuilder();
        for (ILoggingEvent e : logged.list) {
            lines.append(e.getLevel()).append(' ').append(e.getFormattedMessage().replace(dir + "/", "")).append('\n');
        }
        logged.list.clear();
        return lines.toString();
    }

    @Test
    void theBuildersPresentReadTheFailureWithItsFileAndLineAndTheLogKeepsIt() {
        stage.call("butler.greet");

        assertThat(stage.aliceOut.take().replace(dir + "/", "")).isEqualTo("Script error: scripts/butler.js:2:"
                + " butler.greet threw TypeError: Cannot call method \"toUpperCase\" of undefined");
        assertThat(stage.bobOut.take()).isEmpty();
        assertThat(logLines()).isEqualTo("WARN script: scripts/butler.js:2: butler.greet threw TypeError: Cannot call"
                + " method \"toUpperCase\" of undefined\n");
    }

    @Test
    void aFunctionThatKeepsFailingIsToldOfOnceAMinuteWithHowOftenItFailedMeanwhile() {
        stage.call("butler.greet");
        stage.aliceOut.take();
        logLines();

        stage.call("butler.greet");
        stage.reactor.advance(Duration.ofSeconds(59));
        stage.call("butler.greet");
        assertThat(stage.aliceOut.take()).isEmpty();
        assertThat(logLines()).isEmpty();

        stage.reactor.advance(Duration.ofSeconds(1));
        stage.call("butler.greet");
        assertThat(stage.aliceOut.take().replace(dir + "/", "")).isEqualTo("Script error: scripts/butler.js:2:"
                + " butler.greet threw TypeError: Cannot call method \"toUpperCase\" of undefined (and 2 more times"
                + " since it was last told)");
        assertThat(logLines()).endsWith("(and 2 more times since it was last told)\n");
    }

    @Test
    void markupInAFailureIsShownAsWritten() {
        ScriptNotices notices = new ScriptNotices(stage.game, actor -> true);

        notices.failed(new ScriptFailure("butler.greet", "scripts/butler.js", 3, "threw Error: {red}no{/}"));

        assertThat(stage.aliceOut.messages).containsExactly(
                "Script error: scripts/butler.js:3: butler.greet threw Error: {{red}no{{/}");
    }
}
