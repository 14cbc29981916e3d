package brass.world.parser;

import brass.world.language.Counting;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which words fit a thing. A thing answers to the words of its name, its adjectives and
 * synonyms, and to the words of the state it is in, as far as it can be in that state: "lit" and
 * "unlit" (a light source), "open" and "closed" (what opens), "locked" and "unlocked" (what
 * locks). Its nouns (the head word of its name, "tin" in "biscuit tin", and its synonyms) answer
 * in the plural too ("pebbles"), and a phrase ending in one of its nouns fits it better than a
 * phrase that names it only by an adjective ("tin" means the biscuit tin before the tin mug).
 */
final class Matching {

    private Matching() {
    }

    /** Whether every one of {@code words} is one {@code t} answers to. */
    static boolean fits(Thing t, List<String> words) {
        for (String w : words) {
            if (!t.vocabulary().contains(w) && !inState(t, w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code words} name {@code t} in the plural: "smooth pebbles", "lit candles". */
    static boolean fitsPlural(Thing t, List<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (!fits(t, words.subList(0, words.size() - 1))) {
            return false;
        }
        for (String noun : nouns(t)) {
            if (Counting.pluralWord(noun).equals(last)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is one of {@code t}'s nouns, not only an adjective of it. */
    static boolean isNoun(Thing t, String word) {
        return nouns(t).contains(word);
    }

    /** The head word of the name ("tin" in "biscuit tin", "bottle" in "bottle of wine") and the synonyms. */
    static List<String> nouns(Thing t) {
        String[] words = Words.split(t.name().toLowerCase(Locale.ROOT), 0);
        int head = words.length - 1;
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("of")) {
                head = i - 1;
                break;
            }
        }
        List<String> nouns = new ArrayList<>(t.synonyms());
        nouns.add(words[head]);
        return nouns;
    }

    /** Whether {@code word} is a state word that holds of {@code t}: "lit" of a burning candle. */
    static boolean inState(Thing t, String word) {
        return switch (word) {
            case "lit" -> t.isLightSource() && t.isLit();
            case "unlit" -> t.isLightSource() && !t.isLit();
            case "open" -> t.isOpenable() && t.isOpen();
            case "closed", "shut" -> t.isOpenable() && !t.isOpen();
            case "locked" -> t.isLockable() && t.isLocked();
            case "unlocked" -> t.isLockable() && !t.isLocked();
            default -> false;
        };
    }

    /** Whether {@code a} and {@code b} are in the same state, as far as the state words tell. */
    static boolean sameState(Thing a, Thing b) {
        return a.isLit() == b.isLit() && a.isOpen() == b.isOpen() && a.isLocked() == b.isLocked();
    }

    /**
     * The state word that tells {@code t} from the {@code others} alike it ("lit", "closed"), or
     * null when none does.
     */
    static String telling(Thing t, List<Thing> others) {
        for (Thing o : others) {
            if (o == t) {
                continue;
            }
            if (t.isLightSource() && o.isLightSource() && t.isLit() != o.isLit()) {
                return t.isLit() ? "lit" : "unlit";
            }
            if (t.isOpenable() && o.isOpenable() && t.isOpen() != o.isOpen()) {
                return t.isOpen() ? "open" : "closed";
            }
            if (t.isLockable() && o.isLockable() && t.isLocked() != o.isLocked()) {
                return t.isLocked() ? "locked" : "unlocked";
            }
        }
        return null;
    }
}
