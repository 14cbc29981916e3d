package brass.world.files.definition;

import java.util.List;
import java.util.Objects;

/**
 * What an actor talks about: its topics in file order, and what it says to a question none of
 * them answers (empty for the game's own "Pembrook has nothing to say about that.").
 */
public record ConversationDefinition(String actor, String defaultReply, List<TopicDefinition> topics) {

    public ConversationDefinition {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(defaultReply, "defaultReply");
        topics = List.copyOf(topics);
    }
}
