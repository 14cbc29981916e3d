package brass.world.parser;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.action.StandardActions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lines cut into commands: each command of the line, in order, joined with " | ". */
class ChainTest {

    private static final Parser PARSER = parser();

    private static Parser parser() {
        Verbs verbs = new Verbs();
        StandardActions.install((v, a) -> verbs.add(v));
        return new Parser(verbs);
    }

    private static String commands(String line) {
        List<String> out = new ArrayList<>();
        String rest = line;
        while (!rest.isBlank()) {
            Chain chain = PARSER.chain(rest);
            out.add(chain.first());
            rest = chain.rest();
        }
        return String.join(" | ", out);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "n. e. take lamp;                   n | e | take lamp",
        "n.e;                               n | e",
        "n.. e.;                            n | e",
        "take candle, light it;             take candle | light it",
        "take candle then light it;         take candle | light it",
        "take candle, then light it;        take candle | light it",
        "take candle and light it;          take candle | light it",
        "take lamp and go north;            take lamp | go north",
        "take lamp and pick up key;         take lamp | pick up key",
        "s, n;                              s | n",
        "open box and chest;                open box and chest",
        "take lamp, key and box;            take lamp, key and box",
        "drop all but lamp and key;         drop all but lamp and key",
        "take android;                      take android",
        "take thenar;                       take thenar",
        "say Wait. Then go north, then east.; say Wait. Then go north, then east.",
        "n. say Hi. Bye.;                   n | say Hi. Bye.",
        "'Hi. Bye.;                         'Hi. Bye.",
        ":waves. Then bows.;                :waves. Then bows.",
        "tell bob Hi. Bye.;                 tell bob Hi. Bye.",
        "help take. n;                      help take. n",
        "take lamp.;                        take lamp",
    })
    void cutsALineIntoCommands(String line, String expected) {
        assertThat(commands(line.strip())).isEqualTo(expected.strip());
    }
}
