package brass.world.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameDiffTest {

    @Test
    void theFirstFrameClearsAndPaintsEverything() {
        Frame f = new Frame(5, 2);
        f.write(0, 0, "ab");
        f.write(1, 1, "c");
        assertThat(FrameDiff.diff(null, f)).isEqualTo("\u001b[H\u001b[2J\u001b[1;1Hab\u001b[2;1H c");
    }

    @Test
    void anUnchangedFrameCostsNothing() {
        Frame a = new Frame(10, 3);
        a.write(2, 1, "snake");
        Frame b = new Frame(10, 3);
        b.write(2, 1, "snake");
        assertThat(FrameDiff.diff(a, b)).isEmpty();
    }

    @Test
    void onlyChangedCellsAreSentWithOneMovementPerRun() {
        Frame a = new Frame(20, 3);
        a.write(2, 1, "~~~:>");
        Frame b = new Frame(20, 3);
        b.write(3, 1, "~~~:>");
        // row 2, columns 3..8 (1-based): one movement and the six changed cells
        assertThat(FrameDiff.diff(a, b)).isEqualTo("\u001b[2;3H ~~~:>");
        Frame c = new Frame(20, 3);
        c.write(0, 0, "x");
        c.write(19, 2, "y");
        assertThat(FrameDiff.diff(new Frame(20, 3), c)).isEqualTo("\u001b[1;1Hx\u001b[3;20Hy");
    }

    @Test
    void smallGapsAreBridgedInsteadOfMovingTheCursor() {
        Frame a = new Frame(10, 1);
        Frame b = new Frame(10, 1);
        b.write(0, 0, "a");
        b.write(3, 0, "b");
        assertThat(FrameDiff.diff(a, b)).isEqualTo("\u001b[1;1Ha  b");
    }

    @Test
    void aWideCharacterIsWrittenOnceAndTheCursorIsKnownToMovePastBothColumns() {
        Frame a = new Frame(10, 1);
        Frame b = new Frame(10, 1);
        b.write(0, 0, "\u4e2d\u6587 ab");
        assertThat(FrameDiff.diff(a, b)).isEqualTo("\u001b[1;1H\u4e2d\u6587 ab");
        // One wide character changed in the middle: one movement, one character.
        Frame c = new Frame(10, 1);
        c.write(0, 0, "\u4e2d\u5b57 ab");
        assertThat(FrameDiff.diff(b, c)).isEqualTo("\u001b[1;3H\u5b57");
        // A narrow character over the right half blanks the left half, which is drawn too.
        Frame d = new Frame(10, 1);
        d.write(0, 0, "\u4e2d\u5b57 ab");
        d.put(1, 0, 'x');
        assertThat(FrameDiff.diff(c, d)).isEqualTo("\u001b[1;1H x");
        // A gap of unchanged cells holding a wide character is bridged by writing it once.
        Frame before = new Frame(10, 1);
        before.write(0, 0, "a\u4e2db");
        Frame after = new Frame(10, 1);
        after.write(0, 0, "x\u4e2dy");
        assertThat(FrameDiff.diff(before, after)).isEqualTo("\u001b[1;1Hx\u4e2dy");
    }

    @Test
    void afterAClusterOfSeveralCodePointsTheCursorIsPlacedAgain() {
        Frame a = new Frame(10, 1);
        Frame b = new Frame(10, 1);
        b.write(0, 0, "\ud83d\udc4d\ud83c\udffdab");
        // Terminals draw a thumb with a skin tone two or four columns wide: 'a' is placed, not assumed.
        assertThat(FrameDiff.diff(a, b)).isEqualTo("\u001b[1;1H\ud83d\udc4d\ud83c\udffd\u001b[1;5Hab");
    }
}
