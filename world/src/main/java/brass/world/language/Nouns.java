package brass.world.language;

import brass.world.model.Gender;
import brass.world.model.Thing;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Names with their articles. */
public final class Nouns {

    // Words whose spelling misleads the vowel rule.
    private static final Set<String> A_BEFORE_VOWEL = Set.of("one", "once", "unicorn", "uniform", "unit", "university",
            "useful", "user", "usual", "ewe", "european", "eucalyptus");
    private static final Set<String> AN_BEFORE_CONSONANT = Set.of("hour", "honest", "honour", "honor", "heir", "herb");

    private Nouns() {
    }

    /** "a lamp", "an owl", "some water", "some barrels", "Bob". */
    public static String indefinite(Thing t) {
        if (t.isProperName()) {
            return t.name();
        }
        if (t.isMassNoun() || isPlural(t)) {
            return "some " + t.name();
        }
        return article(t.name()) + " " + t.name();
    }

    /** "the lamp", "Bob". */
    public static String definite(Thing t) {
        return t.isProperName() ? t.name() : "the " + t.name();
    }

    /** "a" or "an" before {@code phrase}. */
    public static String article(String phrase) {
        String first = phrase.trim().toLowerCase(Locale.ROOT).split("[\\s-]+", 2)[0];
        if (first.isEmpty()) {
            return "a";
        }
        if (AN_BEFORE_CONSONANT.contains(first)) {
            return "an";
        }
        if (A_BEFORE_VOWEL.contains(first) || first.startsWith("uni") || first.startsWith("eu")) {
            return "a";
        }
        return "aeiou".indexOf(first.charAt(0)) >= 0 ? "an" : "a";
    }

    /** "a lamp, a key, and a brass cockroach", each with its indefinite article. */
    public static String listIndefinite(List<Thing> things) {
        return Lists.join(things.stream().map(Nouns::indefinite).toList(), "and");
    }

    /** "the lamp and the key". */
    public static String listDefinite(List<Thing> things, String conjunction) {
        return Lists.join(things.stream().map(Nouns::definite).toList(), conjunction);
    }

    /** "The hat box is closed.", "The barrels are fixed in place.": {@code what} said of the thing. */
    public static String is(Thing t, String what) {
        return Sentences.capitalise(definite(t)) + " " + be(t) + " " + what + ".";
    }

    /**
     * Whether {@code t} is grammatically plural: a thing of gender {@code plural} ("barrels").
     * An actor's {@code plural} is the singular "they" of a person, who is still one.
     */
    public static boolean isPlural(Thing t) {
        return t.gender() == Gender.PLURAL && !t.isActor();
    }

    /** {@code singular} or {@code plural}, agreeing with {@code t}: "is"/"are", "doesn't"/"don't". */
    public static String agree(Thing t, String singular, String plural) {
        return isPlural(t) ? plural : singular;
    }

    /** "is" or "are", agreeing with {@code t}: "the honey is", "the barrels are". */
    public static String be(Thing t) {
        return agree(t, "is", "are");
    }

    /** "is" or "are", agreeing with one thing or a list. */
    public static String be(List<Thing> things) {
        return things.size() == 1 ? be(things.get(0)) : "are";
    }
}
