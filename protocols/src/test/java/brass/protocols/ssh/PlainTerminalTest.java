package brass.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The line view of a terminal that cannot move its cursor: echo, Enter, and text arriving mid-line. */
class PlainTerminalTest {

    private final PlainTerminal view = new PlainTerminal(40, 24, new LineEditor(100, 10));
    private final KeyDecoder decoder = new KeyDecoder();

    private TerminalScreen.Input type(String keys) {
        byte[] bytes = keys.getBytes(StandardCharsets.UTF_8);
        return view.keys(decoder.decode(bytes, 0, bytes.length));
    }

    @Test
    void whatIsTypedIsEchoedAndEnterEndsTheLine() {
        assertThat(view.prompt("> ")).isEqualTo("> ");
        assertThat(type("lok").output()).isEqualTo("lok");
        // Backspace at the end: back, blank, back.
        assertThat(type("\u007f").output()).isEqualTo("\b \b");
        assertThat(type("ok").output()).isEqualTo("ok");
        TerminalScreen.Input entered = type("\r");
        assertThat(entered.lines()).containsExactly("look");
        assertThat(entered.output()).isEqualTo("\r\n");
        // The reply goes on the fresh line; the next prompt after it.
        assertThat(view.output("The Foyer\r\n")).isEqualTo("The Foyer\r\n");
        assertThat(view.prompt("> ")).isEqualTo("> ");
    }

    @Test
    void textArrivingWhileALineIsTypedGoesAboveItAndTheLineIsDrawnAgain() {
        view.prompt("> ");
        type("say hel");
        assertThat(view.output("Bob has entered the game.\r\n"))
                .isEqualTo("\r" + " ".repeat(9) + "\r" + "Bob has entered the game.\r\n" + "> say hel");
        assertThat(type("lo\r").lines()).containsExactly("say hello");
    }

    @Test
    void anEditInsideTheLineRedrawsItWithTheCursorInPlace() {
        view.prompt("> ");
        type("lok");
        // Left, then 'o': the line is redrawn and the cursor goes back over the "k".
        assertThat(type("\u001b[Do").output()).isEqualTo("\r" + " ".repeat(5) + "\r" + "> look" + "\b");
    }

    @Test
    void aPasswordIsNotEchoedNorItsEnter() {
        view.echoOff(true);
        assertThat(view.prompt("Password: ")).isEqualTo("Password: ");
        assertThat(type("secret12").output()).isEmpty();
        TerminalScreen.Input entered = type("\r");
        assertThat(entered.lines()).containsExactly("secret12");
        assertThat(entered.output()).isEmpty();
        // The game ends the line itself.
        assertThat(view.output("\r\n")).isEqualTo("\r\n");
    }

    @Test
    void ctrlDOnAnEmptyLineEndsTheInput() {
        view.prompt("> ");
        assertThat(type("\u0004").endOfInput()).isTrue();
    }
}
