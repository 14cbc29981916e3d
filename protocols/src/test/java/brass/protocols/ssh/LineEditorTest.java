package brass.protocols.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineEditorTest {

    private final LineEditor editor = new LineEditor(100, 5);

    private void type(String text) {
        text.codePoints().forEach(cp -> editor.apply(new Key.Char(cp), false));
    }

    private void press(Key.Kind kind) {
        editor.apply(Key.of(kind), false);
    }

    @Test
    void aLetterTypedBeforeCombiningMarksTakesThemAndTheCursorGoesAfterThem() {
        type("\u0300\u0301b");
        press(Key.Kind.HOME);
        type("a");
        // "a" and the marks are now one character: the cursor is after it, not inside it.
        assertThat(editor.text()).isEqualTo("a\u0300\u0301b");
        assertThat(editor.cursor()).isEqualTo(3);
        type("c");
        assertThat(editor.text()).isEqualTo("a\u0300\u0301cb");
    }

    @Test
    void aRegionalIndicatorTypedBeforeAFlagPairsWithItsFirstHalf() {
        String gb = "\ud83c\uddec\ud83c\udde7";
        type(gb);
        press(Key.Kind.HOME);
        type("\ud83c\uddeb");
        // F G B: the flag FG, then a lone B; the cursor after the FG pair.
        assertThat(editor.cursor()).isEqualTo(2);
        press(Key.Kind.BACKSPACE);
        assertThat(editor.text()).isEqualTo("\ud83c\udde7");
        assertThat(editor.cursor()).isZero();
    }

    @Test
    void deletingWhatKeptHangulJamoApartLeavesTheCursorAfterTheSyllableTheyMake() {
        // A leading consonant, x, a vowel: deleting x joins the jamo into one syllable.
        type("\u1100x\u1161");
        press(Key.Kind.LEFT);
        press(Key.Kind.BACKSPACE);
        assertThat(editor.text()).isEqualTo("\u1100\u1161");
        assertThat(editor.cursor()).isEqualTo(2);
    }

    @Test
    void editingMidLineCostsAboutAClusterNotTheWholeLine() {
        LineEditor full = new LineEditor(1024, 5);
        "\u4e00".repeat(1023).codePoints().forEach(cp -> full.apply(new Key.Char(cp), false));
        for (int i = 0; i < 500; i++) {
            full.apply(Key.of(Key.Kind.LEFT), false);
        }
        long before = full.segmentedCodePoints();
        // What a 30 KB packet holds: Backspace and a letter, over and over, in the middle of the line.
        for (int i = 0; i < 15_000; i++) {
            full.apply(Key.of(Key.Kind.BACKSPACE), false);
            full.apply(new Key.Char('x'), false);
        }
        assertThat(full.text()).isEqualTo("\u4e00".repeat(522) + "x" + "\u4e00".repeat(500));
        // Finding every cluster again for each key would read 30,000 lines of 1,023 characters.
        assertThat(full.segmentedCodePoints() - before).isLessThan(30_000L * 20);
    }
}
