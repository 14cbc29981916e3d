package brass.world.files.definition;

import brass.world.files.diagnostic.SourcePosition;
import brass.world.reaction.Condition;
import java.util.List;
import java.util.Objects;

/**
 * One thing an actor will talk about: the words that bring it up, what the actor answers, and
 * what must hold for the actor to talk about it at all.
 *
 * @param id       its id under {@code topics:}
 * @param keywords lower-case words or phrases ("heart", "chest key"); the first names it when the actor lists its topics
 * @param reply    what the player who asks reads, as written (markup checked, paragraphs reflowed)
 * @param when     every condition must hold, as a reaction's {@code if:} (the actor is {@code self}, the asker
 *                 {@code player}); none means always
 */
public record TopicDefinition(String id, List<String> keywords, String reply, List<Condition> when,
                              SourcePosition position) {

    public TopicDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(position, "position");
        keywords = List.copyOf(keywords);
        when = List.copyOf(when);
    }
}
