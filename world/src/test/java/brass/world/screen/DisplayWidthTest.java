package brass.world.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @ParameterizedTest(name = "{0}: {2} columns")
    @CsvSource(delimiter = '|', textBlock = """
            ASCII                                   | hello                 | 5
            empty                                   | ''                    | 0
            é precomposed (U+00E9)                  | caf\u00e9             | 4
            é decomposed (e + U+0301)               | cafe\u0301            | 4
            Chinese                                 | \u4e2d\u6587          | 4
            Korean syllables                        | \ud55c\uad6d\uc5b4    | 6
            Korean in jamo (one syllable)           | \u1112\u1161\u11ab    | 2
            Japanese kana and ideograph             | \u3072\u3089\u304c\u306a\u6f22 | 10
            fullwidth A                             | \uff21                | 2
            halfwidth katakana                      | \uff76                | 1
            emoji (a surrogate pair)                | \ud83d\ude00          | 2
            emoji presented as text + VS16          | \u2764\ufe0f          | 1
            emoji + VS16                            | \u2b50\ufe0f          | 2
            text-style sign + VS15                  | \u231a\ufe0e          | 2
            thumbs up with a skin tone              | \ud83d\udc4d\ud83c\udffd | 4
            ZWJ family, counted per code point      | \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 | 6
            flag (two regional indicators)          | \ud83c\uddef\ud83c\uddf5 | 2
            zero-width space and joiner             | a\u200bb\u200dc       | 3
            ideographic space                       | a\u3000b              | 4
            CJK Extension B ideograph (astral)      | \ud840\udc0b          | 2
            mixed                                   | Hi \u4e16\u754c!      | 8
            """)
    void widths(String what, String text, int columns) {
        assertThat(DisplayWidth.of(text)).as(what).isEqualTo(columns);
    }

    @Test
    void singleCodePoints() {
        assertThat(DisplayWidth.of('a')).isEqualTo(1);
        assertThat(DisplayWidth.of(0x0301)).isZero();
        assertThat(DisplayWidth.of(0x200d)).isZero();
        assertThat(DisplayWidth.of(0xfe0f)).isZero();
        assertThat(DisplayWidth.of('\u001b')).isZero();
        assertThat(DisplayWidth.of(0x4e2d)).isEqualTo(2);
        assertThat(DisplayWidth.of(0x1f600)).isEqualTo(2);
        // East Asian Width A (ambiguous) counts one, as outside CJK locales
        assertThat(DisplayWidth.of(0x00b1)).isEqualTo(1);
        assertThat(DisplayWidth.of(0x10ffff)).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hello            | 3 | hel
            \u4e2d\u6587\u5b57 | 4 | \u4e2d\u6587
            \u4e2d\u6587\u5b57 | 3 | \u4e2d
            ab\u4e2d           | 3 | ab
            cafe\u0301s        | 4 | cafe\u0301
            \ud83d\ude00x      | 1 | ''
            \ud83d\ude00x      | 3 | \ud83d\ude00x
            x\ud83d\udc4d\ud83c\udffd | 3 | x
            anything         | 0 | ''
            """)
    void truncationKeepsWholeClustersAndNeverStraddlesTheLimit(String text, int columns, String expected) {
        assertThat(DisplayWidth.truncate(text, columns)).isEqualTo(expected);
    }

    @Test
    void clustersKeepMarksSurrogatesAndSequencesTogether() {
        assertThat(Graphemes.split("cafe\u0301!")).containsExactly("c", "a", "f", "e\u0301", "!");
        assertThat(Graphemes.split("\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67.")).containsExactly(
                "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", ".");
        assertThat(Graphemes.split("\u2764\ufe0f\ud83d\udc4d\ud83c\udffd")).containsExactly("\u2764\ufe0f", "\ud83d\udc4d\ud83c\udffd");
        assertThat(Graphemes.split("\ud83c\uddef\ud83c\uddf5\ud83c\uddeb\ud83c\uddf7")).containsExactly(
                "\ud83c\uddef\ud83c\uddf5", "\ud83c\uddeb\ud83c\uddf7");
        assertThat(Graphemes.split("\u1112\u1161\u11ab\u4e2d")).containsExactly("\u1112\u1161\u11ab", "\u4e2d");
        assertThat(Graphemes.split("a\r\nb")).containsExactly("a", "\r\n", "b");
    }

    @Test
    void continuationsMarkTheCodePointsThatStayWithTheOneBefore() {
        int[] cps = "e\u0301 \ud83d\udc4d\ud83c\udffdx".codePoints().toArray();
        assertThat(Graphemes.continuations(cps, cps.length)).containsExactly(false, true, false, false, true, false);
        int[] plain = "plain text".codePoints().toArray();
        assertThat(Graphemes.continuations(plain, plain.length)).containsOnly(false);
    }
}
