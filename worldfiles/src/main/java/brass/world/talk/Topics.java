package brass.world.talk;

import brass.world.files.definition.ConversationDefinition;
import brass.world.files.definition.TopicDefinition;
import brass.world.model.Thing;
import brass.world.reaction.Conditions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which topic a question is about: of the topics open to the asker, the one with a keyword whose
 * words appear, in order and together, among the question's words; the longest such keyword
 * wins, and among equals the topic written first.
 */
public final class Topics {

    private Topics() {
    }

    /** The topics of {@code actor} open to {@code player}, in file order. */
    public static List<TopicDefinition> open(ConversationDefinition conversation, Thing actor, Thing player,
                                             Conditions conditions) {
        Conditions.Scene scene = new Conditions.Scene(actor, player, null, actor.room());
        List<TopicDefinition> out = new ArrayList<>();
        for (TopicDefinition t : conversation.topics()) {
            if (conditions.hold(t.when(), scene)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The open topic {@code question} is about, if any. */
    public static Optional<TopicDefinition> about(ConversationDefinition conversation, String question, Thing actor,
                                                  Thing player, Conditions conditions) {
        List<String> words = words(question);
        TopicDefinition best = null;
        int bestLength = 0;
        for (TopicDefinition t : open(conversation, actor, player, conditions)) {
            for (String keyword : t.keywords()) {
                List<String> wanted = words(keyword);
                if (wanted.size() > bestLength && contains(words, wanted)) {
                    best = t;
                    bestLength = wanted.size();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Lower-case words, punctuation and a possessive 's left out: "Pembrook's key?" is [pembrook, key]. */
    static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replaceAll("'s\\b", "").replaceAll("[^\\p{L}\\p{N}'-]+", " ").strip();
        return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
    }

    private static boolean contains(List<String> words, List<String> wanted) {
        return !wanted.isEmpty() && Collections.indexOfSubList(words, wanted) >= 0;
    }
}
