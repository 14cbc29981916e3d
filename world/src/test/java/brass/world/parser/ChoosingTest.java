package brass.world.parser;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.model.Thing;
import brass.world.model.World;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which things a phrase means when several answer to it: state words, nouns before adjectives,
 * things that can be taken before fixtures, counts and plurals. In the demo world's hall, as
 * {@link ParserTest} plays it, with a biscuit tin, a tin mug, a storm tin lantern, a wall lantern,
 * two candles (one lit) and three pebbles added.
 */
class ChoosingTest {

    private World world;
    private Thing alice;
    private Parser parser;
    private Referents referents;

    @BeforeEach
    void setUp() {
        HallScene scene = HallScene.create();
        world = scene.world();
        alice = scene.alice();
        parser = scene.parser();
        referents = scene.referents();
        Thing hall = world.get("hall");
        world.object("biscuit-tin", "biscuit tin", hall).container(true).openable(false);
        world.object("tin-mug", "tin mug", hall).adjectives("tin");
        world.object("storm-lantern", "storm tin lantern", hall).adjectives("storm", "tin").lightSource(false);
        world.object("wall-lantern", "wall lantern", hall).fixed(true).lightSource(true);
        world.object("lit-candle", "candle", hall).lightSource(true);
        world.object("candle", "candle", hall).lightSource(false);
        for (int i = 1; i <= 3; i++) {
            world.object("pebble-" + i, "smooth pebble", hall).synonyms("stone");
        }
    }

    private String parse(String line) {
        ParseResult r = parser.parse(line, alice, referents);
        if (r instanceof ParseResult.Failed f) {
            return "!" + f.message();
        }
        if (r instanceof ParseResult.Ambiguous a) {
            return "?" + a.question();
        }
        Command c = ((ParseResult.Parsed) r).command();
        return c.verb().name() + "|" + c.objects().stream().map(Thing::id).collect(Collectors.joining("+"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "open tin;              open|biscuit-tin",
        "x tin mug;             examine|tin-mug",
        "x tin lantern;         examine|storm-lantern",
        "take lantern;          take|storm-lantern",
        "x lantern;             ?Which do you mean, the brass lamp, the storm tin lantern, or the wall lantern?",
        "x tin;                 examine|biscuit-tin",
        "x candle;              ?Which do you mean, the lit candle or the unlit candle?",
        "take candle;           ?Which do you mean, the lit candle or the unlit candle?",
        "take lit candle;       take|lit-candle",
        "light unlit candle;    light|candle",
        "x open box;            examine|box",
        "x closed box;          !You don't see any closed box here.",
        "open closed tin;       open|biscuit-tin",
        "take unlit lantern;    take|storm-lantern",
        "x locked tin;          !You don't see any locked tin here.",
        "take pebble;           take|pebble-1",
        "take two pebbles;      take|pebble-1+pebble-2",
        "take 3 stones;         take|pebble-1+pebble-2+pebble-3",
        "take four pebbles;     !You don't see four pebbles here.",
        "take pebbles;          take|pebble-1+pebble-2+pebble-3",
        "take all candles;      take|lit-candle+candle",
        "take all lit candles;  take|lit-candle",
        "take candles;          take|lit-candle+candle",
        "take one candle;       take|lit-candle",
        "take two pebbles and a stone; take|pebble-1+pebble-2+pebble-3",
    })
    void chooses(String line, String expected) {
        assertThat(parse(line.strip())).isEqualTo(expected.strip());
    }

    @Test
    void anAnswerMayBeAStateWord() {
        ParseResult.Pending pending = ((ParseResult.Ambiguous) parser.parse("x candle", alice, referents)).pending();
        ParseResult r = parser.answer("unlit", pending, alice, referents);
        assertThat(((ParseResult.Parsed) r).command().object().id()).isEqualTo("candle");
    }

    @Test
    void themIsWhatACountPicked() {
        parser.parse("take two pebbles", alice, referents);
        assertThat(parse("drop them")).isEqualTo("drop|pebble-1+pebble-2");
    }

    @Test
    void aStateWordFollowsTheState() {
        world.get("candle").lit(true);
        assertThat(parse("take unlit candle")).isEqualTo("!You don't see any unlit candle here.");
        assertThat(parse("take lit candle")).isEqualTo("take|lit-candle");
    }
}
