package brass.world.files;

import static brass.world.files.TestWorlds.WORLD;
import static brass.world.files.TestWorlds.expect;
import static org.assertj.core.api.Assertions.assertThat;

import brass.world.build.Worlds;
import brass.world.files.definition.ConversationDefinition;
import brass.world.reaction.Condition;
import brass.world.model.Flag;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What actors talk about, as the checker reads it, and every mistake it reports, with its position. */
class TopicCheckTest {

    @TempDir
    Path dir;

    private static final String HALL = """
            rooms:
              hall:
                description: A hall.
            things:
              journal: {in: hall}
              box: {container: true, openable: true, in: hall}
            """;

    private List<String> check(String... namesAndTexts) {
        return TestWorlds.check(dir, namesAndTexts);
    }

    @Test
    void topicsAreReadWithKeywordsRepliesAndConditions() {
        expect(check("world.yaml", WORLD, "a.yaml", HALL + """
                actors:
                  butler:
                    in: hall
                    default-reply: The butler bows.
                    topics:
                      tea:
                        keywords: [Tea, "Earl  Grey"]
                        reply: "Milk first."
                      secret:
                        keywords: secret
                        reply: It is in the box.
                        when: {carries: journal, thing: box, is: not open}
                  maid:
                    in: hall
                """));
        var conversations = Worlds.definition(dir).conversations();
        assertThat(conversations.keySet()).containsExactly("butler");
        ConversationDefinition butler = conversations.get("butler");
        assertThat(butler.defaultReply()).isEqualTo("The butler bows.");
        assertThat(butler.topics().get(0).keywords()).containsExactly("tea", "earl grey");
        assertThat(butler.topics().get(0).reply()).isEqualTo("Milk first.");
        assertThat(butler.topics().get(1).when()).containsExactly(new Condition.Carries("player", "journal"),
                new Condition.State("box", Flag.OPEN, false));
    }

    @Test
    void mistakesInTopicsArePointedAtWithSuggestions() {
        expect(check("world.yaml", WORLD, "a.yaml", HALL + """
                actors:
                  butler:
                    in: hall
                    topics:
                      tea:
                        keyword: [tea]
                        reply: Milk first.
                      coffee:
                        keywords: [coffee]
                      secret:
                        keywords: [secret]
                        reply: In the box.
                        when: {carries: jornal, thing: box, is: opne}
                      door:
                        keywords: [door]
                        reply: Shut it.
                        when: {thing: hall}
                  maid:
                    in: hall
                    topics: [tea]
                """),
                "a.yaml:11:7: error: topic 'tea' of actor 'butler' has no keywords; add keywords: [word, word] that bring it up",
                "a.yaml:12:9: error: unknown field 'keyword' in topic 'tea' of actor 'butler'; did you mean 'keywords'?",
                "a.yaml:14:7: error: topic 'coffee' of actor 'butler' has no reply; add reply: with what the actor answers",
                "a.yaml:19:25: error: 'carries' in 'when' of topic 'secret' of actor 'butler' names 'jornal', which does not exist; did you mean 'journal'?",
                "a.yaml:19:49: error: 'opne' is not a state a thing can be in; did you mean 'open'?",
                "a.yaml:23:15: error: 'when' of topic 'door' of actor 'butler' needs both thing: and is:; add is: with a state such as open, not locked or lit",
                "a.yaml:26:13: error: 'topics' of actor 'maid' must be a map from topic id to its fields, found a list; write each topic as 'id:' followed by keywords: and reply:");
    }
}
