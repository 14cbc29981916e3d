package brass.world.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import brass.world.demo.DemoWorld;
import brass.world.game.Table;
import brass.world.markup.Markup;
import brass.world.model.Scope;
import brass.world.model.Thing;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Random command lines at the parser, in the demo world's hall: the words it knows in orders it
 * does not expect, with ordinals, pronouns, "all but", punctuation, markup braces, words in other
 * scripts, odd whitespace and lines near the length limit. Every line gets an answer in bounded
 * time: a command about things the player can see, a question with real choices, or a refusal in
 * plain words; and the same lines played in the game leave every message well-formed. Tries come
 * from {@code jqwik.tries.default} (see docs/ARCHITECTURE.md, "Fuzzing").
 */
@Tag("fuzz")
class CommandLineProperties {

    /** Every verb word, and every word the demo world's things answer to. */
    private static final List<String> VERB_WORDS = verbWords();
    private static final List<String> THING_WORDS = thingWords();
    private static final List<String> GLUE = List.of("a", "an", "the", "some", "my", "it", "them", "him", "her", "me",
            "myself", "all", "everything", "but", "except", "and", ",", "in", "on", "to", "from", "at", "with", "into",
            "onto", "out", "of", "off", "top", "inside", "upon", "within", "under", "first", "second", "tenth",
            "eleventh", "0", "1", "2", "3", "999", "1000", "2nd", "3rd", "0th", "-1", "n", "north", "up", "ne", "xyzzy");
    private static final List<String> ODD = List.of(".", "!", "?", ";", ":", "\"", "'", "{", "}", "{red}", "{/}", "{{",
            "}}", "{blink}", "\\", "|", "\u0130", "\u0131", "\u00df", "\ufb00", "\uff54\uff41\uff4b\uff45", "\u0663",
            "\ud835\udfd9", "\u202etake", "\u0301", "\ud83d\udc0d", "\u4e00\u4e8c", "\u0000", "\u001b[2J", "\ufffd");
    private static final List<String> SPACES = List.of(" ", " ", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000",
            "\u1680", "\u200b", "\ufeff", "\u2028", "\u001c");

    private static List<String> verbWords() {
        Set<String> words = new TreeSet<>();
        for (Verb v : HallScene.create().parser().verbs().all()) {
            words.add(v.name());
            words.addAll(v.synonyms());
        }
        return List.copyOf(words);
    }

    private static List<String> thingWords() {
        Set<String> words = new TreeSet<>();
        for (Thing t : HallScene.create().world().things()) {
            words.addAll(t.vocabulary());
        }
        return List.copyOf(words);
    }

    @Provide
    Arbitrary<List<String>> sessions() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(VERB_WORDS)),
                Tuple.of(4, Arbitraries.of(THING_WORDS)),
                Tuple.of(5, Arbitraries.of(GLUE)),
                Tuple.of(2, Arbitraries.of(ODD)),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(8)),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(30).ofMaxLength(420)));
        Arbitrary<String> words = Combinators.combine(word.list().ofMaxSize(12), Arbitraries.of(SPACES).list().ofSize(12))
                .as((ws, spaces) -> {
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < ws.size(); i++) {
                        line.append(i == 0 ? "" : spaces.get(i)).append(ws.get(i));
                    }
                    return line.toString();
                });
        Arbitrary<String> lead = Arbitraries.of("", "", "", "'", "\"", ":", " ", "say ", "tell bob ", "emote ", "go ");
        // Lines shaped like commands, so that phrases resolve, clash and need a question.
        Arbitrary<String> phrase = Combinators.combine(Arbitraries.of("", "", "the ", "a ", "second ", "2nd ", "all ",
                        "all but ", "it ", "my "),
                        Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of(THING_WORDS)), Tuple.of(1, Arbitraries.of("key", "keys"))),
                        Arbitraries.of("", "", "", " key", " and lamp", ", box", " 2", " keys"))
                .as((first, noun, more) -> first + noun + more);
        Arbitrary<String> verbWord = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(VERB_WORDS)),
                Tuple.of(2, Arbitraries.of("take", "drop", "x", "look at", "put", "give", "unlock", "open")));
        Arbitrary<String> command = Combinators.combine(verbWord, phrase, Arbitraries.of("", "", "",
                        " in ", " on ", " to ", " from ", " at ", " with ", " out of "), phrase)
                .as((verb, object, preposition, second) -> verb + " " + object + (preposition.isEmpty() ? "" : preposition + second));
        // Three keys lie about the hall: questions, and the answers a player gives them.
        Arbitrary<String> question = Arbitraries.of("take key", "x key", "look at the key", "take key from table",
                "unlock box with key", "put key in box", "give key to bob", "examine key and lamp");
        Arbitrary<String> answer = Arbitraries.of("red", "the blue one", "first", "2", "3rd", "iron key", "fourth",
                "the key", "lamp", "red blue", "", "second key");
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(10, Combinators.combine(lead, words).as(String::concat)),
                Tuple.of(10, command),
                Tuple.of(2, question),
                Tuple.of(2, answer),
                // At the length limit, and just past it.
                Tuple.of(1, Arbitraries.of(399, 400, 401).map(n -> ("take lamp and " + "box and ".repeat(60)).substring(0, n))));
        return line.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    void everyLineGetsACommandAboutWhatIsInSightAQuestionOrAPlainRefusal(@ForAll("sessions") List<String> lines) {
        List<String> answers = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            HallScene scene = HallScene.create();
            Thing alice = scene.alice();
            Parser parser = scene.parser();
            Referents referents = scene.referents();
            ParseResult.Pending pending = null;
            List<String> kinds = new ArrayList<>();
            for (String line : lines) {
                ParseResult result = pending == null ? null : parser.answer(line, pending, alice, referents);
                if (result == null) {
                    result = parser.parse(line, alice, referents);
                }
                assertAnswer(line, result, alice);
                kinds.add(result.getClass().getSimpleName());
                pending = result instanceof ParseResult.Ambiguous a ? a.pending() : null;
            }
            return kinds;
        });
        answers.forEach(kind -> {
            Statistics.label("answers").collect(kind);
            kinds.merge(kind, 1, Integer::sum);
        });
    }

    /** How many answers of each kind this property's tries got (jqwik makes an instance per property). */
    private final Map<String, Integer> kinds = new HashMap<>();

    /** A generator that stopped reaching commands or questions would test little: fail then, given tries enough to tell. */
    @AfterProperty
    void theLinesReachEveryKindOfAnswer() {
        int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
        if (total >= 300) {
            assertThat(kinds.getOrDefault("Parsed", 0)).as("commands among %s", kinds).isGreaterThan(total / 10);
            assertThat(kinds.getOrDefault("Failed", 0)).as("refusals among %s", kinds).isGreaterThan(total / 10);
            assertThat(kinds.getOrDefault("Ambiguous", 0)).as("questions among %s", kinds).isPositive();
        }
    }

    private static void assertAnswer(String line, ParseResult result, Thing actor) {
        assertThat(result).as("answer to %s", line).isNotNull();
        List<Thing> inSight = Scope.of(actor);
        if (result instanceof ParseResult.Nothing) {
            assertThat(line.isBlank()).as("nothing for %s", line).isTrue();
        } else if (result instanceof ParseResult.Failed failed) {
            assertPlain(line, failed.message());
        } else if (result instanceof ParseResult.Ambiguous ambiguous) {
            assertPlain(line, ambiguous.question());
            assertThat(ambiguous.pending().candidates()).as("choices for %s", line).hasSizeGreaterThan(1)
                    .doesNotHaveDuplicates().allSatisfy(t -> assertThat(inSight).contains(t));
        } else {
            Command c = ((ParseResult.Parsed) result).command();
            assertThat(line.length()).isLessThanOrEqualTo(Parser.MAX_LINE);
            assertThat(c.verb()).isNotNull();
            assertThat(c.objects()).as("objects of %s", line).doesNotHaveDuplicates()
                    .allSatisfy(t -> assertThat(t == actor || inSight.contains(t)).as("%s in sight", t).isTrue());
            if (c.second() != null) {
                // As for the objects: the player's own name means the player ("put lamp in alice").
                assertThat(c.second() == actor || inSight.contains(c.second())).as("second object of %s in sight: %s",
                        line, c.second()).isTrue();
            }
        }
    }

    /** A message the player reads: words, on one line, which markup shows exactly as written. */
    private static void assertPlain(String line, String message) {
        assertThat(message).as("message for %s", line).isNotBlank().doesNotContain("\n");
        if (!line.toLowerCase(java.util.Locale.ROOT).contains("null")) {
            assertThat(message).as("message for %s", line).doesNotContain("null");
        }
        assertThat(Markup.check(message)).as("markup of %s, for %s", message, line).isEmpty();
    }

    @Property
    void everyLinePlayedGetsAWellFormedAnswer(@ForAll("sessions") List<String> lines) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            Table table = new Table(DemoWorld.create());
            Table.Seat alice = table.join("alice");
            Table.Seat carol = table.join("carol");
            List<String> seen = new ArrayList<>();
            for (String line : lines) {
                seen.add(alice.does(line));
                seen.add(carol.heard());
            }
            for (String shown : seen) {
                if (shown == null) {
                    continue;
                }
                assertThat(Markup.check(shown)).as("%s after %s", shown, lines).isEmpty();
            }
            assertThat(table.world.problems()).isEmpty();
        });
    }
}
