package brass.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import brass.protocols.render.ColourLevel;
import brass.protocols.render.TextRenderer;
import brass.world.screen.DisplayWidth;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalScreenTest {

    private final VirtualTerminal vt = new VirtualTerminal(40, 8);
    private final TerminalScreen screen = new TerminalScreen(40, 8, new LineEditor(200, 10));
    private final KeyDecoder decoder = new KeyDecoder();

    private TerminalScreen.Input type(String bytes) {
        byte[] b = bytes.getBytes(StandardCharsets.UTF_8);
        TerminalScreen.Input in = screen.keys(decoder.decode(b, 0, b.length));
        vt.feed(in.output());
        return in;
    }

    private void show(String rendered) {
        vt.feed(screen.output(rendered));
    }

    @Test
    void outputScrollsAboveTheStatusAndInputLines() {
        vt.feed(screen.start());
        vt.feed(screen.prompt("> "));
        vt.feed(screen.status(new Status("Foyer", 2, "12:00 UTC")));
        for (int i = 1; i <= 10; i++) {
            show("line " + i + "\r\n");
        }
        // 6 output rows: lines 5..10 remain; status and prompt stay put.
        assertThat(vt.line(0)).isEqualTo("line 5");
        assertThat(vt.line(5)).isEqualTo("line 10");
        assertThat(vt.line(6)).startsWith(" Foyer").endsWith("2 players  12:00 UTC");
        assertThat(vt.line(7)).isEqualTo(">");
        assertThat(vt.cursorRow()).isEqualTo(7);
        assertThat(vt.cursorColumn()).isEqualTo(2);
    }

    @Test
    void editingKeysChangeTheInputLineAndEnterSendsIt() {
        vt.feed(screen.start());
        vt.feed(screen.prompt("> "));
        type("look at lamp");
        assertThat(vt.line(7)).isEqualTo("> look at lamp");
        type("\u0017"); // Ctrl-W: the last word goes
        assertThat(vt.line(7)).isEqualTo("> look at");
        type("\u0001"); // Ctrl-A
        assertThat(vt.cursorColumn()).isEqualTo(2);
        type("\u001b[C\u001b[C\u001b[C\u001b[C"); // right x4
        type("\u000b"); // Ctrl-K
        assertThat(vt.line(7)).isEqualTo("> look");
        type("\u001b[D\u001b[3~"); // left, Delete
        assertThat(vt.line(7)).isEqualTo("> loo");
        type("\u007f\u007fk"); // backspace twice, k
        assertThat(vt.line(7)).isEqualTo("> lk");
        type("\u0005!"); // Ctrl-E, then type at the end
        type("\u0015"); // Ctrl-U
        assertThat(vt.line(7)).isEqualTo(">");
        TerminalScreen.Input in = type("say héllo\r");
        assertThat(in.lines()).containsExactly("say héllo");
        assertThat(vt.line(5)).isEqualTo("> say héllo");
        assertThat(vt.line(7)).isEqualTo(">");
    }

    @Test
    void historyWalksBackAndForthAndKeepsTheDraft() {
        vt.feed(screen.start());
        type("north\r");
        type("look\r");
        type("dra");
        type("\u001b[A");
        assertThat(screen.editor().text()).isEqualTo("look");
        type("\u001bOA"); // SS3 form of Up
        assertThat(screen.editor().text()).isEqualTo("north");
        type("\u001b[A");
        assertThat(screen.editor().text()).isEqualTo("north");
        type("\u001b[B\u001b[B");
        assertThat(screen.editor().text()).isEqualTo("dra");
        assertThat(screen.editor().history()).containsExactly("look", "north");
    }

    @Test
    void passwordsAreNeitherShownNorRemembered() {
        vt.feed(screen.start());
        vt.feed(screen.prompt("Password: "));
        vt.feed(screen.echoOff(true));
        TerminalScreen.Input in = type("secret12\r");
        assertThat(in.lines()).containsExactly("secret12");
        assertThat(vt.screen()).doesNotContain("secret12");
        assertThat(in.output()).doesNotContain("secret12");
        assertThat(screen.editor().history()).isEmpty();
        vt.feed(screen.echoOff(false));
        type("\u001b[A");
        assertThat(screen.editor().text()).isEmpty();
    }

    @Test
    void aLongInputLineScrollsSidewaysWithTheCursor() {
        vt.feed(screen.start());
        vt.feed(screen.prompt("> "));
        type("x".repeat(60) + "END");
        assertThat(vt.line(7)).endsWith("xEND").hasSizeLessThanOrEqualTo(40);
        assertThat(vt.cursorColumn()).isLessThan(40);
        type("\u0001");
        assertThat(vt.line(7)).startsWith("> xxx");
        assertThat(vt.cursorColumn()).isEqualTo(2);
    }

    @Test
    void wrappedColouredTextFromTheSharedRendererFitsAndKeepsItsColour() {
        vt.feed(screen.start());
        String rendered = new TextRenderer(ColourLevel.ANSI16, 40, TextRenderer.CRLF)
                .render("{red}" + "word ".repeat(20) + "{/}") + TextRenderer.CRLF;
        show(rendered);
        for (int r = 0; r < 6; r++) {
            assertThat(vt.line(r).length()).isLessThanOrEqualTo(40);
        }
        assertThat(vt.line(5)).contains("word");
        List<String> rows = TerminalScreen.fit("\u001b[0;31m" + "a".repeat(50) + "\u001b[0m", 20);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("\u001b[0;31m").endsWith("\u001b[0m");
        assertThat(TextRenderer.visible(rows.get(1))).hasSize(20);
    }

    @Test
    void aResizeRepaintsEverythingAtTheNewSize() {
        vt.feed(screen.start());
        vt.feed(screen.prompt("> "));
        vt.feed(screen.status(new Status("Cellar", 1, "09:30 UTC")));
        for (int i = 1; i <= 4; i++) {
            show("event " + i + " " + "z".repeat(25) + "\r\n");
        }
        type("half typed");
        vt.resize(20, 12);
        vt.feed(screen.resize(20, 12));
        // 10 output rows now; each 33-character line is laid out again in words: "event 4", then
        // the long word, cut only because it is wider than a row.
        assertThat(vt.line(9)).isEqualTo("zzzzz");
        assertThat(vt.line(8)).isEqualTo("z".repeat(20));
        assertThat(vt.line(7)).isEqualTo("event 4");
        assertThat(vt.line(1)).isEqualTo("event 2");
        assertThat(vt.line(10)).startsWith(" Cellar");
        assertThat(vt.line(11)).isEqualTo("> half typed");
        assertThat(vt.cursorRow()).isEqualTo(11);
        assertThat(vt.cursorColumn()).isEqualTo(12);
        show("after\r\n");
        assertThat(vt.line(9)).isEqualTo("after");
        assertThat(vt.line(10)).startsWith(" Cellar");
        // Wider again: each paragraph is one row again, not the rows it had at 20 columns.
        vt.resize(40, 12);
        vt.feed(screen.resize(40, 12));
        assertThat(vt.line(9)).isEqualTo("after");
        assertThat(vt.line(8)).isEqualTo("event 4 " + "z".repeat(25));
        assertThat(vt.line(7)).isEqualTo("event 3 " + "z".repeat(25));
    }

    @Test
    void paragraphsAreLaidOutInWordsAtTheWidthInColumnsAndKeepTheirColour() {
        String red = "\u001b[0;31m";
        assertThat(TerminalScreen.fit("the brass cockroach twitches its feelers", 12))
                .containsExactly("the brass", "cockroach", "twitches its", "feelers");
        assertThat(TerminalScreen.fit(red + "a bb ccc dddd" + "\u001b[0m", 6))
                .containsExactly(red + "a bb\u001b[0m", red + "ccc\u001b[0m", red + "dddd\u001b[0m");
        assertThat(TerminalScreen.fit("\u6587\u6587 \u6587\u6587\u6587", 6)).containsExactly("\u6587\u6587", "\u6587\u6587\u6587");
    }

    @Test
    void ctrlDOnAnEmptyLineEndsTheInput() {
        vt.feed(screen.start());
        assertThat(type("\u0004").endOfInput()).isTrue();
        type("x");
        assertThat(type("\u0004").endOfInput()).isFalse();
    }

    @Test
    void keysSplitAcrossPacketsAreStillOneKey() {
        KeyDecoder d = new KeyDecoder();
        byte[] e = "é".getBytes(StandardCharsets.UTF_8);
        assertThat(d.decode(new byte[] {0x1b}, 0, 1)).isEmpty();
        assertThat(d.decode(new byte[] {'['}, 0, 1)).isEmpty();
        assertThat(d.decode(new byte[] {'D'}, 0, 1)).containsExactly(Key.of(Key.Kind.LEFT));
        assertThat(d.decode(e, 0, 1)).isEmpty();
        assertThat(d.decode(e, 1, 1)).containsExactly(new Key.Char('é'));
        assertThat(d.decode("\r\n".getBytes(StandardCharsets.US_ASCII), 0, 2)).containsExactly(Key.of(Key.Kind.ENTER));
        assertThat(d.decode("\u001b[1;5H\u001b[4~".getBytes(StandardCharsets.US_ASCII), 0, 10))
                .containsExactly(Key.of(Key.Kind.HOME), Key.of(Key.Kind.END));
    }

    @Test
    void lineModeSplitsLinesAndRefusesAnOverlongOneWholeAndSaysSo() {
        int[] refused = {0};
        LineSplitter s = new LineSplitter(8, () -> refused[0]++);
        byte[] b = "look\r\nsay h".getBytes(StandardCharsets.UTF_8);
        assertThat(s.decode(b, 0, b.length)).containsExactly("look");
        assertThat(refused[0]).isZero();
        byte[] c = "i\n0123456789abc\nok\n".getBytes(StandardCharsets.UTF_8);
        assertThat(s.decode(c, 0, c.length)).containsExactly("say hi", "ok");
        assertThat(refused[0]).isEqualTo(1);
    }

    @Test
    void bidirectionalAndOtherInvisibleControlsNeverReachALine() {
        String bidi = "\u202eevil\u202c \u2066x\u2069\u200e\u200f\u061c\u202a\u202b\u202d\u2067\u2068\ufeff\u0085";
        // Full screen: they never become keys, so the line shown and the line sent are clean.
        vt.feed(screen.start());
        TerminalScreen.Input in = type("say " + bidi + "\r");
        assertThat(in.lines()).containsExactly("say evil x");
        // Line mode.
        LineSplitter s = new LineSplitter(200, () -> {
        });
        byte[] b = ("say " + bidi + "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(s.decode(b, 0, b.length)).containsExactly("say evil x");
    }

    @Test
    void aLineTypedPastTheLimitIsRefusedWholeAtEnterWithTheLimitNamed() {
        TerminalScreen small = new TerminalScreen(60, 8, new LineEditor(10, 10));
        VirtualTerminal term = new VirtualTerminal(60, 8);
        term.feed(small.start());
        term.feed(small.prompt("> "));
        byte[] pasted = "say 0123456789\r".getBytes(StandardCharsets.UTF_8);
        TerminalScreen.Input in = small.keys(decoder.decode(pasted, 0, pasted.length));
        term.feed(in.output());
        assertThat(in.lines()).isEmpty();
        assertThat(term.line(5)).isEqualTo("[Your line was longer than 10 characters; it was ignored.]");
        assertThat(term.line(7)).isEqualTo(">");
        // What fits goes as ever; so does a line typed after a refused one was cleared with Ctrl-U.
        byte[] next = "say 012345\rsay 0123456789\u0015look\r".getBytes(StandardCharsets.UTF_8);
        assertThat(small.keys(decoder.decode(next, 0, next.length)).lines()).containsExactly("say 012345", "look");
    }

    @Test
    void colourLevelFollowsTerm() {
        assertThat(ShellTerminal.colourLevel("xterm-256color", "")).isEqualTo(ColourLevel.ANSI256);
        assertThat(ShellTerminal.colourLevel("xterm-truecolor", "")).isEqualTo(ColourLevel.TRUECOLOR);
        assertThat(ShellTerminal.colourLevel("xterm", "truecolor")).isEqualTo(ColourLevel.TRUECOLOR);
        assertThat(ShellTerminal.colourLevel("vt100", "")).isEqualTo(ColourLevel.ANSI16);
        assertThat(ShellTerminal.colourLevel("dumb", "")).isEqualTo(ColourLevel.NONE);
    }

    @Test
    void whileSuspendedKeysAreOneCharacterLinesAndTheViewDrawsNothingThenComesBackWhole() {
        vt.feed(screen.start());
        vt.feed(screen.prompt("> "));
        vt.feed(screen.status(new Status("Foyer", 1, "12:00 UTC")));
        show("before watching\r\n");
        type("half");
        String suspend = screen.suspend();
        assertThat(suspend).contains("\u001b[r");
        vt.feed(suspend);
        assertThat(screen.isSuspended()).isTrue();
        // Another painter owns the screen.
        vt.feed("\u001b[2J\u001b[1;1HSNAKES");
        TerminalScreen.Input keys = type("sq\r\u0003\u001b[A");
        assertThat(keys.lines()).containsExactly("s", "q", "", "q");
        assertThat(keys.output()).isEmpty();
        assertThat(keys.endOfInput()).isFalse();
        assertThat(screen.output("held text\r\n")).isEmpty();
        assertThat(screen.prompt("> ")).isEmpty();
        assertThat(screen.status(new Status("Snug", 2, "12:01 UTC"))).isEmpty();
        assertThat(screen.echoOff(false)).isEmpty();
        assertThat(screen.resize(30, 6)).isEmpty();
        assertThat(vt.line(0)).isEqualTo("SNAKES");
        // Back: cleared and drawn at the new size, with the text that came meanwhile, the new
        // status and what the player had half typed.
        vt.resize(30, 6);
        String resume = screen.resume();
        assertThat(resume).startsWith("\u001b[?25h").contains("\u001b[2J").contains("\u001b[1;4r");
        vt.feed(resume);
        assertThat(screen.isSuspended()).isFalse();
        assertThat(vt.screen()).doesNotContain("SNAKES");
        assertThat(vt.line(2)).isEqualTo("before watching");
        assertThat(vt.line(3)).isEqualTo("held text");
        assertThat(vt.line(4)).startsWith(" Snug").endsWith("2 players  12:01 UTC");
        assertThat(vt.line(5)).isEqualTo("> half");
        assertThat(screen.resume()).isEmpty();
        assertThat(type("x").lines()).isEmpty();
    }

    @Test
    void wideCharactersTakeTwoColumnsInTheOutputAndAreNeverCutInHalf() {
        vt.feed(screen.start());
        // Rendered for a wider terminal (before a resize): the screen splits it at 40 columns.
        show("a" + "\u4e2d".repeat(25) + "\r\n");
        assertThat(vt.line(4)).isEqualTo("a" + "\u4e2d".repeat(19));
        assertThat(vt.line(5)).isEqualTo("\u4e2d".repeat(6));
        // Through the shared renderer, mixed text fits the width and keeps every character whole.
        String rendered = new TextRenderer(ColourLevel.ANSI16, 40, TextRenderer.CRLF)
                .render("{cyan}Hello \u4e16\u754c, caf\u0065\u0301 and \ud55c\uad6d\uc5b4 \ud83d\ude00 "
                        + "\u6f22\u5b57\u304b\u306a\u6df7\u3058\u308a\u6587\u3082\u8aad\u3081\u307e\u3059{/}")
                + TextRenderer.CRLF;
        show(rendered);
        assertThat(vt.line(4)).isEqualTo("Hello \u4e16\u754c, cafe\u0301 and \ud55c\uad6d\uc5b4 \ud83d\ude00");
        assertThat(vt.line(5)).isEqualTo("\u6f22\u5b57\u304b\u306a\u6df7\u3058\u308a\u6587\u3082\u8aad\u3081\u307e\u3059");
        for (int r = 0; r < 6; r++) {
            assertThat(DisplayWidth.of(vt.line(r))).isLessThanOrEqualTo(40);
        }
        List<String> rows = TerminalScreen.fit("\u001b[0;31m" + "\u6587".repeat(15) + "\u001b[0m", 20);
        assertThat(rows).hasSize(2);
        assertThat(TextRenderer.visible(rows.get(0))).isEqualTo("\u6587".repeat(10));
        assertThat(rows.get(1)).startsWith("\u001b[0;31m");
        assertThat(TerminalScreen.fit("e\u0301".repeat(12), 10)).containsExactly("e\u0301".repeat(10), "e\u0301".repeat(2));
        // An escape cut off at the end of a line is dropped, whether or not the line is split.
        assertThat(TerminalScreen.fit("ab\u001b[0;3", 10)).containsExactly("ab");
        assertThat(TerminalScreen.fit("\u4e2d".repeat(6) + "\u001b[0;3", 10)).containsExactly("\u4e2d".repeat(5), "\u4e2d");
    }

    @Test
    void theCursorLandsAfterWideCharactersAndMovesOverWholeCharacters() {
        vt.feed(screen.start());
        vt.feed(screen.prompt("> "));
        type("\u4e2d\u6587ab");
        assertThat(vt.line(7)).isEqualTo("> \u4e2d\u6587ab");
        assertThat(vt.cursorColumn()).isEqualTo(2 + 4 + 2);
        type("\u001b[D\u001b[D"); // left over a, b
        assertThat(vt.cursorColumn()).isEqualTo(6);
        type("\u001b[D"); // left over 文: two columns
        assertThat(vt.cursorColumn()).isEqualTo(4);
        type("x");
        assertThat(vt.line(7)).isEqualTo("> \u4e2dx\u6587ab");
        assertThat(vt.cursorColumn()).isEqualTo(5);
        type("\u001b[3~"); // Delete takes the whole of 文
        assertThat(vt.line(7)).isEqualTo("> \u4e2dxab");
        type("\u0005e\u0301\ud83d\udc4d\ud83c\udffd"); // Ctrl-E, e + accent, thumbs up + skin tone
        assertThat(vt.line(7)).isEqualTo("> \u4e2dxabe\u0301\ud83d\udc4d\ud83c\udffd");
        assertThat(vt.cursorColumn()).isEqualTo(2 + 2 + 3 + 1 + 4);
        type("\u001b[D"); // the emoji and its modifier are one step
        assertThat(vt.cursorColumn()).isEqualTo(2 + 2 + 3 + 1);
        type("\u001b[D"); // so are the letter and its accent
        assertThat(vt.cursorColumn()).isEqualTo(2 + 2 + 3);
        type("\u0005\u007f\u007f"); // Backspace twice: the emoji, then é, each whole
        assertThat(screen.editor().text()).isEqualTo("\u4e2dxab");
    }

    @Test
    void aLongLineOfWideCharactersScrollsSidewaysByWholeCharacters() {
        vt.feed(screen.start());
        vt.feed(screen.prompt("> "));
        type("\u6587".repeat(30) + "\u7d42");
        String shown = vt.line(7);
        assertThat(DisplayWidth.of(shown)).isLessThanOrEqualTo(39);
        assertThat(shown).startsWith("> \u6587").endsWith("\u6587\u7d42");
        assertThat(vt.cursorColumn()).isEqualTo(DisplayWidth.of(shown));
        type("\u0001");
        assertThat(vt.line(7)).startsWith("> \u6587\u6587");
        assertThat(vt.cursorColumn()).isEqualTo(2);
        type("\u001b[C".repeat(20));
        // The cursor is on the 21st character, which is on the screen.
        assertThat(vt.cursorColumn()).isLessThanOrEqualTo(37);
        assertThat(vt.cell(7, vt.cursorColumn())).isEqualTo("\u6587");
    }

    @Test
    void aStatusLineWithAWideRoomNameIsPaddedToTheWidthInColumns() {
        vt.feed(screen.start());
        vt.feed(screen.status(new Status("\u5927\u5385", 2, "12:00 UTC")));
        assertThat(vt.line(6)).startsWith(" \u5927\u5385 ").endsWith("2 players  12:00 UTC");
        assertThat(vt.cell(6, 38)).isEqualTo("C");
        // A name too long for the line takes it all, cut between characters: the wide character
        // that would straddle the last column is left out and a blank fills that column.
        vt.feed(screen.status(new Status("\u5927".repeat(30), 3, "12:00 UTC")));
        assertThat(vt.line(6)).isEqualTo(" " + "\u5927".repeat(19));
        assertThat(vt.cell(6, 37)).isEqualTo("\u5927");
        assertThat(vt.cell(6, 39)).isEqualTo(" ");
    }
}
