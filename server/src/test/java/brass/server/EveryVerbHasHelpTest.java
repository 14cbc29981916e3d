package brass.server;

import static org.assertj.core.api.Assertions.assertThat;

import brass.world.model.Direction;
import brass.world.parser.Verb;
import brass.world.parser.Verbs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every verb a whole server registers (the world's, the lobby's, SSH keys, watch, reload, the
 * admins') is in a help topic and has examples, and each example is that verb as a player would
 * type it: so {@code help} can list it under its topic and show how it is used.
 */
class EveryVerbHasHelpTest {

    @TempDir
    Path dir;

    @Test
    void everyRegisteredVerbHasATopicAndExamplesThatAreItself() throws Exception {
        try (Server server = TestServers.started(dir)) {
            CompletableFuture<List<Verb>> read = new CompletableFuture<>();
            server.reactor().execute(() -> read.complete(List.copyOf(server.game().verbs().all())));
            List<Verb> verbs = read.get(20, TimeUnit.SECONDS);
            Verbs table = server.game().verbs();
            assertThat(verbs).extracting(Verb::name).contains("look", "password", "score", "who", "help", "keys",
                    "watch", "reload", "goto", "wiz", "alias", "chat");
            List<String> problems = new ArrayList<>();
            for (Verb v : verbs) {
                if (v.topics().isEmpty()) {
                    problems.add(v.name() + ": in no help topic");
                }
                if (v.examples().isEmpty()) {
                    problems.add(v.name() + ": no examples");
                }
                if (v.help().isBlank()) {
                    problems.add(v.name() + ": no help text");
                }
                for (String example : v.examples()) {
                    Verb meant = verbOf(table, example);
                    if (meant != v) {
                        problems.add(v.name() + ": the example '" + example + "' is "
                                + (meant == null ? "no verb" : "'" + meant.name() + "'"));
                    }
                }
            }
            assertThat(problems).isEmpty();
        }
    }

    /** The verb a line starts with, as the parser finds it: a quote says, a colon emotes, a direction goes. */
    private static Verb verbOf(Verbs table, String line) {
        if (line.startsWith("'")) {
            return table.get("say");
        }
        if (line.startsWith(":")) {
            return table.get("emote");
        }
        String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length > 1 && table.exact(words[0] + " " + words[1]) != null) {
            return table.exact(words[0] + " " + words[1]);
        }
        if (words.length > 2 && table.exact(words[0]) == null && table.exact(words[0] + " " + words[words.length - 1]) != null) {
            return table.exact(words[0] + " " + words[words.length - 1]);
        }
        if (table.exact(words[0]) != null) {
            return table.exact(words[0]);
        }
        if (Direction.parse(words[0]).isPresent()) {
            return table.get("go");
        }
        return table.lookup(words[0]) instanceof Verbs.Lookup.Found f ? f.verb() : null;
    }
}
