package brass.world.console;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.EventLoopReactor;
import brass.world.demo.DemoWorld;
import brass.world.game.Game;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The console on a real game loop: lines in from a stream, text out through the formatter. */
class ConsoleTest {

    private static ByteArrayInputStream input(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void playsUntilQuitAndFormatsEverything() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        EventLoopReactor reactor = new EventLoopReactor().start();
        try {
            Game game = new Game(DemoWorld.create(), reactor);
            int code = new Console(reactor, game, input("take lamp\ni\nquit\nlook\n"), out, s -> "<" + s + ">", "Alice").run();
            assertThat(code).isZero();
        } finally {
            reactor.shutdown().join();
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("<Foyer\n")
                .contains("<> >")
                .contains("<You take the brass lamp.>\n")
                .contains("<You are carrying a brass lamp.>\n")
                .endsWith("<Goodbye.>\n");
        assertThat(text.indexOf("Foyer")).isEqualTo(text.lastIndexOf("Foyer")); // the look after quit never ran
    }

    @Test
    void endOfInputEndsTheGameCleanly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = Console.play(DemoWorld.create(), input("n\n"), out, s -> s, "Bea");
        assertThat(code).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Hall\n").contains("Bob is here.");
    }
}
