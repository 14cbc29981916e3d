package brass.world.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The parser's words are cut by hand on the game loop, where they used to be cut with regular
 * expressions compiled anew at every command. Each hand-cut way is held here to the expression
 * it replaced, on lines made of what players type and of what trips expressions up (every kind
 * of white space, line terminators, punctuation at both ends, non-ASCII letters and spaces).
 */
class WordsTest {

    @Property(tries = 3000)
    void wordsAreCutAsTheRegularExpressionsCutThem(@ForAll("lines") String line) {
        assertThat(Words.of(line)).isEqualTo(byExpression(line.toLowerCase(Locale.ROOT)));
    }

    @Property(tries = 3000)
    void splittingMatchesStringSplit(@ForAll("lines") String line) {
        for (int limit = 0; limit <= 3; limit++) {
            assertThat(Words.split(line, limit)).as("limit %d", limit).containsExactly(line.split("\\s+", limit));
        }
        assertThat(Words.split(line, -1)).containsExactly(line.split("\\s+", -1));
    }

    @Property(tries = 3000)
    void cleaningMatchesTheExpression(@ForAll("lines") String word) {
        assertThat(Words.clean(word)).isEqualTo(word.toLowerCase(Locale.ROOT).replaceAll("[.,!?;]+$", ""));
        assertThat(Words.withoutTrailing(word, ",:;.!?")).isEqualTo(word.replaceAll("[,:;.!?]+$", ""));
    }

    @Test
    void theCornersOfSplitAreKept() {
        assertThat(Words.split("", 0)).containsExactly("");
        assertThat(Words.split("   ", 0)).isEmpty();
        assertThat(Words.split(" a  b ", 0)).containsExactly("", "a", "b");
        assertThat(Words.split("tell bob  hi there", 2)).containsExactly("tell", "bob  hi there");
        assertThat(Words.clean("North.\n")).isEqualTo("north\n");
        assertThat(Words.clean("Bob?!")).isEqualTo("bob");
        assertThat(Words.of("Take the lamp, and the BOX!")).containsExactly("take", "the", "lamp", ",", "and", "the",
                "box");
    }

    // What Words.of did before it was written by hand.
    private static List<String> byExpression(String text) {
        String t = text.replace(",", " , ").replaceAll("[.!?;:\"]", " ");
        List<String> out = new ArrayList<>();
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.of("take", "Lamp", "bob", "the", "caf\u00e9", "\u00c9T\u00c9", "\u4e2d", " ", " ", "  ", "\t",
                        "\n", "\r", "\r\n", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\u00a0", "\u3000", ",", ".",
                        "!", "?", ";", ":", "\"", "'", "-", "{", "}", "..", "?!", "x")
                .list().ofMaxSize(14).map(pieces -> String.join("", pieces));
    }
}
