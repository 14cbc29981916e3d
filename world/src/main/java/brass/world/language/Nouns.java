package brass.world.language;

import brass.world.model.Gender;
import brass.world.model.Thing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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

    /** Compiled once: every thing a room lists asks for its article, on the game loop. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");

    /** "a" or "an" before {@code phrase}. */
    public static String article(String phrase) {
        String first = WORD_BREAK.split(phrase.trim().toLowerCase(Locale.ROOT), 2)[0];
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

    /**
     * "a lamp, three smooth pebbles, and two candles (one lit)": each thing with its indefinite
     * article, things alike (the same name and words) counted together where the first of them
     * stands, with how many of them are lit or open when they differ in that. Proper names, mass
     * nouns and plural things are listed one by one.
     */
    public static String listIndefinite(List<Thing> things) {
        // Loops, not streams: a room lists what is in it at every look, on the game loop.
        List<List<Thing>> groups = new ArrayList<>();
        for (Thing t : things) {
            List<Thing> group = null;
            if (countable(t)) {
                for (List<Thing> g : groups) {
                    if (alike(g.get(0), t)) {
                        group = g;
                        break;
                    }
                }
            }
            if (group == null) {
                group = new ArrayList<>(1);
                groups.add(group);
            }
            group.add(t);
        }
        List<String> named = new ArrayList<>(groups.size());
        for (List<Thing> g : groups) {
            named.add(counted(g));
        }
        return Lists.join(named, "and");
    }

    /** Whether things like {@code t} are counted ("two lamps"): not a name, "some honey" or "some barrels". */
    public static boolean countable(Thing t) {
        return !t.isProperName() && !t.isMassNoun() && !isPlural(t);
    }

    /** Whether a reader (and the parser) can tell {@code a} from {@code b} only by their state. */
    public static boolean alike(Thing a, Thing b) {
        return a.name().equals(b.name()) && a.vocabulary().equals(b.vocabulary()) && a.gender() == b.gender()
                && a.isProperName() == b.isProperName() && a.isMassNoun() == b.isMassNoun();
    }

    /** Things {@linkplain #alike alike} as a list names them: "a smooth pebble", "two candles (one lit)". */
    private static String counted(List<Thing> group) {
        if (group.size() == 1) {
            return indefinite(group.get(0));
        }
        List<String> notes = new ArrayList<>();
        note(group, Thing::isLightSource, Thing::isLit, "lit", notes);
        note(group, Thing::isOpenable, Thing::isOpen, "open", notes);
        return howMany(group) + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
    }

    /** Several things {@linkplain #alike alike}, counted: "three smooth pebbles", "two candles". */
    public static String howMany(List<Thing> group) {
        return Counting.number(group.size()) + " " + Counting.plural(group.get(0).name());
    }

    /** "one lit": how many of the group are in a state, when some are and some are not. */
    private static void note(List<Thing> group, Predicate<Thing> has, Predicate<Thing> state, String word,
                             List<String> notes) {
        long in = group.stream().filter(has).filter(state).count();
        if (in > 0 && in < group.stream().filter(has).count()) {
            notes.add(Counting.number((int) in) + " " + word);
        }
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
