package brass.world.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameTest {

    @Test
    void aWideCharacterTakesTwoCellsAndTheTextAfterItMovesOn() {
        Frame f = new Frame(8, 1);
        f.write(0, 0, "\u4e2d\u6587ab");
        assertThat(f.row(0)).isEqualTo("\u4e2d\u6587ab  ");
        assertThat(f.at(0, 0)).isEqualTo("\u4e2d");
        assertThat(f.isCovered(1, 0)).isTrue();
        assertThat(f.at(1, 0)).isEmpty();
        assertThat(f.columns(0, 0)).isEqualTo(2);
        assertThat(f.at(4, 0)).isEqualTo("a");
        assertThat(DisplayWidth.of(f.row(0))).isEqualTo(8);
    }

    @Test
    void accentsStayInTheirLettersCellAndSurrogatePairsStayWhole() {
        Frame f = new Frame(6, 1);
        f.write(0, 0, "e\u0301\ud83d\ude00x");
        assertThat(f.at(0, 0)).isEqualTo("e\u0301");
        assertThat(f.at(1, 0)).isEqualTo("\ud83d\ude00");
        assertThat(f.isCovered(2, 0)).isTrue();
        assertThat(f.at(3, 0)).isEqualTo("x");
        assertThat(f.row(0)).isEqualTo("e\u0301\ud83d\ude00x  ");
    }

    @Test
    void writingOverHalfOfAWideCharacterBlanksTheOtherHalf() {
        Frame f = new Frame(6, 1);
        f.write(0, 0, "\u4e2d\u6587\u5b57");
        f.put(1, 0, 'x');
        assertThat(f.row(0)).isEqualTo(" x\u6587\u5b57");
        f.put(2, 0, 'y');
        assertThat(f.row(0)).isEqualTo(" xy \u5b57");
        f.write(3, 0, "\u6f22");
        assertThat(f.row(0)).isEqualTo(" xy\u6f22 ");
    }

    @Test
    void aWideCharacterHalfOffTheFrameLeavesABlank() {
        Frame f = new Frame(3, 1);
        f.write(0, 0, "ab\u4e2d");
        assertThat(f.row(0)).isEqualTo("ab ");
        f.write(-1, 0, "\u6587z");
        assertThat(f.row(0)).isEqualTo(" z ");
    }

    @Test
    void aZwjSequenceIsOneCellGroupAsWideAsItsCodePoints() {
        String family = "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67";
        Frame f = new Frame(8, 1);
        f.write(0, 0, family + "!");
        assertThat(f.at(0, 0)).isEqualTo(family);
        assertThat(f.columns(0, 0)).isEqualTo(6);
        assertThat(f.at(6, 0)).isEqualTo("!");
    }
}
