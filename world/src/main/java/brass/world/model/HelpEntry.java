package brass.world.model;

import java.util.List;
import java.util.Objects;

/**
 * A help entry a world's builders wrote ({@code help.yaml}): what {@code help word} shows. An
 * entry named like a help topic introduces that topic; an entry named like a verb adds to the
 * verb's own help; any other is an entry of its own, listed under its topics.
 *
 * @param word   what follows {@code help}, in lower case
 * @param topics the words of the help topics it is listed under (possibly none)
 * @param text   the entry (markup), in paragraphs
 */
public record HelpEntry(String word, List<String> topics, String text) {

    public HelpEntry {
        Objects.requireNonNull(word, "word");
        topics = List.copyOf(topics);
        Objects.requireNonNull(text, "text");
    }
}
