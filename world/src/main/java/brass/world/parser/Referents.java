package brass.world.parser;

import brass.world.model.Gender;
import brass.world.model.Thing;
import java.util.List;

/**
 * What "it", "them", "him" and "her" refer to for one player: the things last mentioned.
 * Held per session, updated after every resolved command.
 */
public final class Referents {

    private Thing it;
    private List<Thing> them = List.of();
    private Thing him;
    private Thing her;

    /** Remembers the things a command mentioned. */
    public void mentioned(List<Thing> things) {
        if (things.size() == 1) {
            Thing t = things.get(0);
            remember(t);
        } else if (things.size() > 1) {
            them = List.copyOf(things);
        }
    }

    public void remember(Thing t) {
        switch (t.gender()) {
            case MALE -> him = t;
            case FEMALE -> her = t;
            case PLURAL -> them = List.of(t);
            default -> it = t;
        }
        if (t.gender() == Gender.NEUTER || !t.isActor()) {
            it = t;
        }
    }

    /** What a pronoun means now, or null if it isn't a pronoun; an empty list if nothing yet. */
    public List<Thing> resolve(String pronoun) {
        return switch (pronoun) {
            case "it" -> it == null ? List.of() : List.of(it);
            case "them" -> them;
            case "him" -> him == null ? List.of() : List.of(him);
            case "her" -> her == null ? List.of() : List.of(her);
            default -> null;
        };
    }
}
