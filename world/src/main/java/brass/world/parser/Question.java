package brass.world.parser;

import brass.world.language.Lists;
import brass.world.language.Nouns;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.List;

/** "Which do you mean, ...?": what the parser asks when a phrase fits several things that differ. */
final class Question {

    private Question() {
    }

    /**
     * "Which do you mean, the red key or the blue key?" Where names are the same, says where
     * each one is in ("the lit candle or the unlit candle") or else where each one is: "the red
     * key you are carrying or the red key on the table".
     */
    static String which(List<Thing> candidates, Thing actor) {
        List<String> names = new ArrayList<>(candidates.size());
        for (Thing t : candidates) {
            String name = Nouns.definite(t);
            List<Thing> twins = candidates.stream().filter(o -> o.name().equals(t.name())).toList();
            String state = twins.size() > 1 ? Matching.telling(t, twins) : null;
            if (state != null) {
                name = t.isProperName() ? state + " " + name : "the " + state + " " + t.name();
            } else if (twins.size() > 1) {
                Thing where = t.location();
                name += where == actor ? " you are carrying"
                        : where == null || where.isRoom() ? " here"
                        : where.isActor() ? " " + Nouns.definite(where) + " has"
                        : (where.isSurface() ? " on " : " in ") + Nouns.definite(where);
            }
            names.add(name);
        }
        return "Which do you mean, " + Lists.join(names, "or") + "?";
    }

    /**
     * Three rusty keys with the same name: any will do, as a player would expect, and nobody is
     * asked. A lit and an unlit candle differ: the player is asked which.
     */
    static boolean indistinguishable(List<Thing> things) {
        Thing first = things.get(0);
        for (Thing t : things) {
            if (!Nouns.alike(t, first) || !Matching.sameState(t, first)) {
                return false;
            }
        }
        return true;
    }
}
