package brass.world.parser;

import brass.world.model.Thing;
import java.util.List;

/**
 * A parsed and resolved command, ready for its action.
 *
 * @param verbWord the word the player typed for the verb ("get", "x")
 * @param objects the direct objects, resolved; several for "all" or "lamp and key"
 * @param all true when the player said "all", so each object is reported by name
 * @param preposition the preposition before {@code second} ("in", "on", "to", "with",
 *     "from", "at"), normalised ("into" is "in"); null if none
 * @param second the indirect object, resolved; null if none
 * @param text the text of TEXT and RECIPIENT_TEXT verbs, as typed; for a verb aimed at an exit,
 *     the words that named it (articles left out)
 * @param word the exit of EXIT verbs, the way a verb that {@linkplain Verb#takesExits takes exits}
 *     is aimed at (an exit's name, or a direction's word whether or not an exit leads there), the
 *     recipient's name as typed, or the WORD argument; null if none
 */
public record Command(Verb verb, String verbWord, List<Thing> objects, boolean all, String preposition,
                      Thing second, String text, String word) {

    public Command {
        objects = List.copyOf(objects);
    }

    public Thing object() {
        return objects.isEmpty() ? null : objects.get(0);
    }

    /** True when each object should be reported by name ("lamp: Taken."). */
    public boolean several() {
        return all || objects.size() > 1;
    }
}
