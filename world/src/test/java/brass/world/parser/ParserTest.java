package brass.world.parser;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.model.Exit;
import brass.world.model.Thing;
import brass.world.model.World;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven: a line typed in the demo world's hall (by Alice, who holds the brass lamp and a
 * rusty key, with the wooden box open on the floor holding the iron key) and what it parses to.
 * A parse is written verb|objects|preposition|second|word|text; a refusal as !message; a
 * question as ?question.
 */
class ParserTest {

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
    }

    private String parse(String line) {
        return describe(parser.parse(line, alice, referents));
    }

    private static String describe(ParseResult r) {
        if (r instanceof ParseResult.Failed f) {
            return "!" + f.message();
        }
        if (r instanceof ParseResult.Ambiguous a) {
            return "?" + a.question();
        }
        if (r instanceof ParseResult.Nothing) {
            return "nothing";
        }
        Command c = ((ParseResult.Parsed) r).command();
        return c.verb().name() + "|" + c.objects().stream().map(Thing::id).collect(Collectors.joining("+"))
                + "|" + (c.preposition() == null ? "" : c.preposition())
                + "|" + (c.second() == null ? "" : c.second().id())
                + "|" + (c.word() == null ? "" : c.word())
                + "|" + (c.text() == null ? "" : c.text());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "look;                           look|||||",
        "l;                              look|||||",
        "look at the table;              look|table|at|||",
        "look in box;                    look|box|in|||",
        "x lamp;                         examine|brass-lamp||||",
        "examine brass lantern;          examine|brass-lamp||||",
        "exa lamp;                       examine|brass-lamp||||",
        "inv;                            inventory|||||",
        "i;                              inventory|||||",
        "get red key;                    take|red-key||||",
        "pick up the blue key;           take|blue-key||||",
        "take key;                       ?Which do you mean, the red key, the blue key, or the iron key?",
        "take second key;                take|blue-key||||",
        "take key 3;                     take|iron-key||||",
        "take 1st key;                   take|red-key||||",
        "take fifth key;                 !You don't see a fifth key here.",
        "drop key;                       drop|rusty-key||||",
        "take all;                       take|box||||",
        "take all from box;              take|iron-key|from|box||",
        "take key from box;              take|iron-key|from|box||",
        "take key out of the box;        take|iron-key|from|box||",
        "take red key and blue key;      take|red-key+blue-key||||",
        "take keys;                      take|red-key+blue-key+iron-key||||",
        "drop keys;                      drop|rusty-key||||",
        "take boxes;                     take|box||||",
        "take red key, blue key;         take|red-key+blue-key||||",
        "drop all;                       drop|brass-lamp+rusty-key||||",
        "drop all but the lamp;          drop|rusty-key||||",
        "drop everything except rusty key; drop|brass-lamp||||",
        "put lamp in box;                put|brass-lamp|in|box||",
        "put lamp into the box;          put|brass-lamp|in|box||",
        "put the lamp on table;          put|brass-lamp|on|table||",
        "put lamp in;                    !Put it in what?",
        "give lamp to bob;               give|brass-lamp|to|bob||",
        "give lamp to butler;            give|brass-lamp|to|bob||",
        "give bob the lamp;              give|brass-lamp|to|bob||",
        "give the clockwork butler lamp; give|brass-lamp|to|bob||",
        "unlock door with rusty key;     unlock|oak-door|with|rusty-key||",
        "open oak door;                  open|oak-door||||",
        "turn on lamp;                   light|brass-lamp||||",
        "turn lamp off;                  extinguish|brass-lamp||||",
        "n;                              go||||north|",
        "north;                          go||||north|",
        "go ne;                          go||||ne|",
        "u;                              go||||up|",
        "go through the door;            go||||through door|",
        "'Hello there;                   say|||||Hello there",
        "say Hello there;                say|||||Hello there",
        ":waves.;                        emote|||||waves.",
        "tell bob Hi, Bob!;              tell||||bob|Hi, Bob!",
        "whisper to bob psst;            whisper||||bob|psst",
        "help take;                      help||||take|take",
        "jmup;                           !I don't know the verb 'jmup'. Did you mean 'jump'?",
        "xyzzy;                          !I don't know the verb 'xyzzy'. Type 'help' for the verbs I know.",
        "take;                           !What do you want to take?",
        "take unicorn;                   !You don't see any unicorn here.",
        "x Carol;                        !You don't see any Carol here.",
        "look at the Grey Unicorn;       !You don't see any Grey Unicorn here.",
        "take Third Key;                 take|iron-key||||",
        "take fifth Key;                 !You don't see a fifth Key here.",
        "take Key from box;              take|iron-key|from|box||",
        "take Unicorn from box;          !There is no Unicorn in the wooden box.",
        "whisper to Carol psst;          whisper||||Carol|psst",
        "x me;                           examine|player:alice||||",
        "look at myself;                 look|player:alice|at|||",
        "x self;                         examine|player:alice||||",
        "examine yourself;               examine|player:alice||||",
        "x alice;                        examine|player:alice||||",
        "look at Alice;                  look|player:alice|at|||",
        "quit;                           quit|||||",
        "logout;                         quit|||||",
        "q;                              !Type 'quit' in full if you mean it.",
        "qui;                            !Type 'quit' in full if you mean it.",
        "qiut;                           !I don't know the verb 'qiut'. Did you mean 'quit'?",
        "take all but;                   !All but what?",
        "take all the keys;              take|red-key+blue-key+iron-key||||",
        "take all keys;                  take|red-key+blue-key+iron-key||||",
        "take all of the keys;           take|red-key+blue-key+iron-key||||",
        "drop all keys;                  drop|rusty-key||||",
        "take two keys;                  take|red-key+blue-key||||",
        "take 3 keys;                    take|red-key+blue-key+iron-key||||",
        "take five keys;                 !You don't see five keys here.",
        "take all lamp;                  take|brass-lamp||||",
        "take all gold;                  !You don't see any gold here.",
        "open all;                       !You can't use 'all' with 'open'.",
        "inventory lamp;                 !I only understood you as far as wanting to inventory.",
        "e;                              go||||east|",
        "';                              say|||||",
    })
    void parses(String line, String expected) {
        assertThat(parse(line.strip())).isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "hatch;                  go||||trapdoor|",
        "down-hatch;             go||||trapdoor|",
        "trapdoor;               go||||trapdoor|",
        "go hatch;               go||||hatch|",
        "enter the hatch;        go||||hatch|",
        "look hatch;             look||||trapdoor|hatch",
        "look at the hatch;      look||at||trapdoor|hatch",
        "l trapdoor;             look||||trapdoor|trapdoor",
        "x down-hatch;           examine||||trapdoor|down-hatch",
        "look north;             look||||north|north",
        "look n;                 look||||north|n",
        "look west;              look||||west|west",
        "look in;                look||||in|in",
        "look out;               look||||out|out",
        "look box;               look|box||||",
        "box;                    go||||trapdoor|",
        "look in hatch;          !You don't see any hatch here.",
        "take hatch;             !You don't see any hatch here.",
        "look hatch and box;     !You don't see any hatch here.",
    })
    void exitsAnswerToTheirSynonymsAndCanBeLookedAlong(String line, String expected) {
        // A trapdoor whose synonym "box" is also the open box's name: the thing wins for looking.
        world.exit(world.get("hall"), new Exit("trapdoor", null, world.get("cellar"), null,
                List.of("hatch", "down-hatch", "box"), "A ladder goes down into the dark."));
        assertThat(parse(line.strip())).isEqualTo(expected.strip());
    }

    @Test
    void inTheDarkNoNamedExitIsInSightButYouCanStillGo() {
        alice.moveTo(world.get("cellar"));
        world.exit(world.get("cellar"), new Exit("ladder", null, world.get("foyer"), null));
        assertThat(parse("look ladder")).isEqualTo("!You don't see any ladder here.");
        assertThat(parse("ladder")).isEqualTo("go||||ladder|");
        assertThat(parse("up")).isEqualTo("go||||up|");
        // A direction is still a way to look, light or dark: the look itself says it is dark.
        assertThat(parse("look up")).isEqualTo("look||||up|up");
        world.get("brass-lamp").lit(true);
        assertThat(parse("look ladder")).isEqualTo("look||||ladder|ladder");
    }

    @Test
    void blankLinesAreNothing() {
        assertThat(parse("   ")).isEqualTo("nothing");
    }

    @Test
    void refusesOverlongLines() {
        assertThat(parse("take " + "x".repeat(Parser.MAX_LINE)))
                .isEqualTo("!That line is too long (405 characters); the most I read is 400.");
        assertThat(parse("x".repeat(5000))).isEqualTo("!That line is too long (5000 characters); the most I read is 400.");
    }

    @Test
    void aVerbMayReadLongerLinesUpToItsOwnLimit() {
        parser.verbs().add(Verb.text("keys", "keys add <key>").readingLinesOf(Parser.LONGEST_LINE));
        parser.verbs().add(Verb.text("note", "note <text>").readingLinesOf(1000));
        String key = "add ssh-rsa " + "A".repeat(700) + " me@home";
        assertThat(parse("keys " + key)).isEqualTo("keys|||||" + key);
        // An unambiguous abbreviation is the verb too, with its limit.
        assertThat(parse("no " + "y".repeat(900))).isEqualTo("note|||||" + "y".repeat(900));
        assertThat(parse("note " + "y".repeat(1000)))
                .isEqualTo("!That line is too long (1005 characters); the most 'note' reads is 1000.");
        assertThat(parse("keys " + "z".repeat(Parser.LONGEST_LINE)))
                .isEqualTo("!That line is too long (4101 characters); the most 'keys' reads is 4096.");
        // Every other verb keeps the usual limit.
        assertThat(parse("say " + "y".repeat(500))).isEqualTo("!That line is too long (504 characters); the most I read is 400.");
    }

    @Test
    void aVerbsLimitIsBetweenTheUsualAndTheLongest() {
        Verb keys = Verb.text("keys", "");
        assertThat(keys.maxLine()).isEqualTo(Parser.MAX_LINE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keys.readingLinesOf(Parser.LONGEST_LINE + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a verb reads lines of 400 to 4096 characters, not 4097");
    }

    @Test
    void itRefersToTheLastThingMentioned() {
        parse("x table");
        assertThat(parse("look at it")).isEqualTo("look|table|at|||");
        parse("x bob");
        assertThat(parse("x him")).isEqualTo("examine|bob||||");
        parse("take red key and blue key");
        assertThat(parse("take them")).isEqualTo("take|red-key+blue-key||||");
        assertThat(parse("x her")).isEqualTo("!I'm not sure what 'her' means.");
    }

    @Test
    void whenTheThingIsGoneItSaysSo() {
        parse("x blue key");
        world.get("blue-key").moveTo(world.get("study"));
        assertThat(parse("take it")).isEqualTo("!You don't see the blue key here.");
    }

    @ParameterizedTest(name = "answer {0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "red;          take|red-key||||",
        "the blue key; take|blue-key||||",
        "iron;         take|iron-key||||",
        "second;       take|blue-key||||",
        "3;            take|iron-key||||",
    })
    void answersTheQuestionOnTheNextLine(String answer, String expected) {
        ParseResult r = parser.parse("take key", alice, referents);
        assertThat(r).isInstanceOf(ParseResult.Ambiguous.class);
        ParseResult.Pending pending = ((ParseResult.Ambiguous) r).pending();
        assertThat(describe(parser.answer(answer, pending, alice, referents))).isEqualTo(expected);
    }

    @Test
    void somethingElseIsNotAnAnswer() {
        ParseResult.Pending pending = ((ParseResult.Ambiguous) parser.parse("take key", alice, referents)).pending();
        assertThat(parser.answer("look", pending, alice, referents)).isNull();
        assertThat(parser.answer("fifth", pending, alice, referents)).isNull();
    }

    @Test
    void aPartialAnswerNarrowsTheQuestion() {
        world.object("red-key-2", "red key", world.get("hall")).adjectives("small");
        ParseResult.Pending pending = ((ParseResult.Ambiguous) parser.parse("take key", alice, referents)).pending();
        ParseResult r = parser.answer("red", pending, alice, referents);
        assertThat(describe(r)).isEqualTo("?Which do you mean, the red key on the table or the red key here?");
        assertThat(describe(parser.answer("small", ((ParseResult.Ambiguous) r).pending(), alice, referents)))
                .isEqualTo("take|red-key-2||||");
    }

    @Test
    void identicalThingsNeedNoQuestion() {
        world.object("coin-1", "gold coin", world.get("hall"));
        world.object("coin-2", "gold coin", world.get("hall"));
        assertThat(parse("take coin")).isEqualTo("take|coin-1||||");
    }

    @Test
    void preferencesFollowTheVerb() {
        world.get("red-key").moveTo(alice);
        // You can't take what you hold, nor drop what you don't: the parser leans the right way.
        assertThat(parse("drop red key")).isEqualTo("drop|red-key||||");
        world.object("red-key-2", "red key", world.get("hall"));
        assertThat(parse("take red key")).isEqualTo("take|red-key-2||||");
    }

    @Test
    void unambiguousPrefixesAndAmbiguousOnes() {
        assertThat(parse("exa lamp")).isEqualTo("examine|brass-lamp||||");
        assertThat(parse("ex lamp")).isEqualTo("!'ex' could mean 'examine', 'extinguish', 'go', or 'exits'.");
    }

    @Test
    void editDistanceCountsASwapAsOne() {
        assertThat(Verbs.editDistance("jmup", "jump")).isEqualTo(1);
        assertThat(Verbs.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(Verbs.editDistance("", "abc")).isEqualTo(3);
    }
}
