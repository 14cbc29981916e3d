package brass.world.game;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.demo.DemoWorld;
import brass.world.markup.Markup;
import brass.world.markup.Span;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a player types, with whatever braces and tags in it, no one's screen shows markup the
 * player wrote: nothing blinks or is reversed (the demo world uses neither), and every message is
 * well-formed markup. Talking shows the braces as typed; other commands drop them.
 */
class PlayerTextPropertyTest {

    private static final List<String> TAGS = List.of("{blink}", "{reverse}", "{red}", "{bg:#ff0000}", "{/}", "{",
            "}", "{{", "}}", "{actor}", "{text}", "{say|says}", "");
    private static final List<String> LEADS = List.of("say ", "'", "\"", ":", "emote ", "tell carol ", "tell carol, ",
            "whisper to carol ", "whisper carol ", "take ", "look ", "x ", "go ", "help ", "", "chat ");
    private static final List<String> WORDS = List.of("lamp", "box", "hello", "north", "carol", "all", "it", " ");

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(TAGS), Arbitraries.of(WORDS));
        return Combinators.combine(Arbitraries.of(LEADS), piece.list().ofMaxSize(6))
                .as((lead, pieces) -> lead + String.join("", pieces));
    }

    @Property(tries = 300)
    void nobodySeesMarkupAPlayerTyped(@ForAll("lines") String line) {
        Table table = new Table(DemoWorld.create());
        Table.Seat alice = table.join("alice");
        Table.Seat carol = table.join("carol");
        carol.heard();
        String answer = alice.does(line);
        String heard = carol.heard();
        for (String shown : new String[] {answer, heard}) {
            if (shown == null) {
                continue;
            }
            Markup markup = Markup.parse(shown);
            assertThat(markup.problems()).as("%s gave %s", line, shown).isEmpty();
            assertThat(markup.spans()).as("%s gave %s", line, shown)
                    .noneMatch(span -> span.style().blink() || span.style().reverse()
                            || span.style().background() != null);
            assertThat(markup.spans().stream().map(Span::text).reduce("", String::concat))
                    .as("%s gave %s", line, shown).isEqualTo(markup.plain());
        }
    }

    @Provide
    Arbitrary<String> bracedCommands() {
        Arbitrary<String> command = Arbitraries.of("take lamp", "turn lamp on", "turn on lamp", "pick up lamp",
                "open box", "put lamp in box", "look at lamp", "drop all", "n", "inventory", "x box");
        return Combinators.combine(command, Arbitraries.integers().between(0, 40), Arbitraries.of("{", "}", "{}"))
                .as((c, at, brace) -> {
                    int i = at % (c.length() + 1);
                    return c.substring(0, i) + brace + c.substring(i);
                });
    }

    /** A brace in an ordinary command reads as a space: never an error, never another meaning. */
    @Property(tries = 200)
    void bracesInCommandsReadAsSpaces(@ForAll("bracedCommands") String line) {
        Table braced = new Table(DemoWorld.create());
        Table spaced = new Table(DemoWorld.create());
        String answer = braced.join("alice").does(line);
        String expected = spaced.join("alice").does(line.replace('{', ' ').replace('}', ' '));
        assertThat(answer).as(line).isEqualTo(expected).doesNotContain("went wrong");
    }
}
