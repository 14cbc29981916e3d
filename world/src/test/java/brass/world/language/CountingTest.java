package brass.world.language;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.model.Thing;
import brass.world.model.World;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plurals, numbers, and things alike counted together in lists. */
class CountingTest {

    private final World world = new World();
    private final Thing room = world.room("room", "Room", "");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "smooth pebble, smooth pebbles",
        "biscuit tin, biscuit tins",
        "box, boxes",
        "knife, knives",
        "mouse, mice",
        "sheep, sheep",
        "bottle of wine, bottles of wine",
        "copper coin, copper coins",
    })
    void pluralsOfNames(String name, String plural) {
        assertThat(Counting.plural(name)).isEqualTo(plural);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"two, 2", "twelve, 12", "3, 3", "Three, 3", "zero, 0", "0, 0", "second, 0", "lamp, 0", "12345, 0"})
    void countsAPlayerTypes(String word, int count) {
        assertThat(Counting.count(word)).isEqualTo(count);
    }

    @Test
    void numbersAsASentenceSaysThem() {
        assertThat(Counting.number(1)).isEqualTo("one");
        assertThat(Counting.number(12)).isEqualTo("twelve");
        assertThat(Counting.number(13)).isEqualTo("13");
    }

    @Test
    void thingsAlikeAreCountedWhereTheFirstOfThemStands() {
        Thing pebble1 = world.object("p1", "smooth pebble", room);
        Thing lamp = world.object("lamp", "lamp", room);
        Thing pebble2 = world.object("p2", "smooth pebble", room);
        Thing pebble3 = world.object("p3", "smooth pebble", room);
        assertThat(Nouns.listIndefinite(List.of(pebble1, lamp, pebble2, pebble3)))
                .isEqualTo("three smooth pebbles and a lamp");
        assertThat(Nouns.listIndefinite(List.of(lamp, pebble3))).isEqualTo("a lamp and a smooth pebble");
    }

    @Test
    void thingsThatDifferInNameOrWordsAreNotAlike() {
        Thing red = world.object("k1", "key", room).adjectives("red");
        Thing blue = world.object("k2", "key", room).adjectives("blue");
        Thing bob = world.actor("bob", "Bob", room);
        Thing bob2 = world.actor("bob2", "Bob", room);
        assertThat(Nouns.listIndefinite(List.of(red, blue))).isEqualTo("a key and a key");
        assertThat(Nouns.listIndefinite(List.of(bob, bob2))).isEqualTo("Bob and Bob");
        Thing honey = world.object("h1", "honey", room).massNoun(true);
        Thing honey2 = world.object("h2", "honey", room).massNoun(true);
        assertThat(Nouns.listIndefinite(List.of(honey, honey2))).isEqualTo("some honey and some honey");
    }

    @Test
    void aStateSomeHaveAndOthersNotIsCounted() {
        Thing lit = world.object("c1", "candle", room).lightSource(true);
        Thing unlit = world.object("c2", "candle", room).lightSource(false);
        Thing unlit2 = world.object("c3", "candle", room).lightSource(false);
        assertThat(Nouns.listIndefinite(List.of(lit, unlit))).isEqualTo("two candles (one lit)");
        assertThat(Nouns.listIndefinite(List.of(unlit, unlit2))).isEqualTo("two candles");
        unlit.lit(true);
        assertThat(Nouns.listIndefinite(List.of(lit, unlit, unlit2))).isEqualTo("three candles (two lit)");
        Thing open = world.object("b1", "box", room).container(true).openable(true);
        Thing shut = world.object("b2", "box", room).container(true).openable(false);
        assertThat(Nouns.listIndefinite(List.of(open, shut))).isEqualTo("two boxes (one open)");
        assertThat(Nouns.howMany(List.of(open, shut))).isEqualTo("two boxes");
    }
}
