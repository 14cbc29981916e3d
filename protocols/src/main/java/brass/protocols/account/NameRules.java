package brass.protocols.account;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a character may be called, and when two names are the same or only look the same.
 *
 * <p>A name is taken in one canonical form ({@link #normalise}): Unicode NFKC (so the
 * full-width {@code Ｗｉｚａｒｄ} is the name {@code Wizard} and the ligature {@code ﬀoo} is
 * {@code ffoo}), then a capital first letter and small letters after it, as it is shown. A
 * dot above that an {@code i} already has (what lower-casing the Turkish {@code İ} leaves) is
 * dropped, so {@code ADMİN} is {@code Admin}. Typing a name in another form is typing the same
 * name: it logs in to that character, or creates it under the canonical spelling.
 *
 * <p>A name has 3 to 16 letters (accents and other combining marks count), all of one script as
 * Unicode TR39 defines it (Latin, Cyrillic, Greek ...; Japanese may mix Han, Hiragana and
 * Katakana, as its writing does). Names are unique by {@link #key} (case-insensitive), and a new
 * name must not look like a name already used: two names whose TR39 confusable
 * {@link #skeleton}s are equal could pass for each other on screen ({@code Wіzard} with a
 * Cyrillic і, {@code Аdmin} with a Cyrillic А). Words the game reserves are refused both exactly
 * and by look.
 *
 * <p>Pure functions, safe from any thread.
 */
public final class NameRules {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 16;

    /** The answer to a name that mixes scripts. */
    public static final String ONE_SCRIPT = "A name uses one script: letters of different alphabets cannot be mixed.";

    /** The answer to a name that could pass for another: says no more than it must. */
    public static final String TOO_LIKE = "That name is too like another character's name; choose another.";

    /**
     * Words no character may be called (nor anything that looks like them): who runs the place,
     * who a command could mean, and what the login dialogue itself answers to. The verbs of the
     * running game are refused as well, by the lobby, which knows them.
     */
    static final Set<String> RESERVED = Set.of(
            // who runs the place
            "admin", "administrator", "sysop", "sysadmin", "operator", "moderator", "staff", "builder",
            "god", "root", "system", "server", "brass", "owner", "console", "official", "support",
            // the login dialogue
            "new", "quit", "guest", "login", "logout", "password",
            // who else a command could mean
            "all", "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody", "noone",
            "none", "null", "player", "players", "character", "self", "myself", "yourself", "you", "me",
            "here", "there", "it", "them", "him", "her", "they", "this", "that");

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final int COMBINING_DOT_ABOVE = 0x0307;

    /**
     * One script per name (TR39's "single script" restriction level, which counts Han with
     * Hiragana and Katakana as Japanese), no invisible repeated marks, no hidden overlays.
     * Immutable once built, so one instance serves every thread.
     */
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder()
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.SINGLE_SCRIPT_RESTRICTIVE)
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.INVISIBLE | SpoofChecker.HIDDEN_OVERLAY)
            .build();

    private static final Set<String> RESERVED_SKELETONS = RESERVED.stream().map(NameRules::skeleton)
            .collect(Collectors.toUnmodifiableSet());

    private NameRules() {
    }

    /**
     * Loads ICU's confusable and script data now: the first use takes about a second, so a
     * server calls this as it starts, not on the game loop when the first player types a name.
     */
    public static void load() {
        SPOOF.getSkeleton("Brass");
    }

    /**
     * The canonical form of a name, as it is shown: NFKC, surrounding space removed, a capital
     * first letter (title case) and small letters after it, composed (NFC). Not checked: see
     * {@link #problem}.
     */
    public static String normalise(String name) {
        String n = name == null ? "" : NFKC.normalize(name.strip()).strip();
        if (n.isEmpty()) {
            return n;
        }
        int first = n.codePointAt(0);
        String rest = n.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
        String shown = new StringBuilder(n.length()).appendCodePoint(UCharacter.toTitleCase(first)).append(rest)
                .toString();
        return NFC.normalize(withoutRedundantDots(shown));
    }

    /** The name as it will be shown ("alice" is Alice, "ﬀoo" is Ffoo): the canonical form. */
    public static String display(String name) {
        return normalise(name);
    }

    /** The case-insensitive key names are unique by, and stored and looked up by. */
    public static String key(String name) {
        return normalise(name).toLowerCase(Locale.ROOT);
    }

    /**
     * The key a name had before names were normalised (surrounding space removed, lower case):
     * what an account made then is still stored under, for names that NFKC changes.
     */
    public static String legacyKey(String name) {
        return (name == null ? "" : name.strip()).toLowerCase(Locale.ROOT);
    }

    /**
     * The confusable skeleton (Unicode TR39) of the name as shown: two names with the same
     * skeleton could pass for each other on screen. Case does not matter, because the shown form
     * has one way of writing case: {@code ADMİN}, {@code admin} and {@code Аdmin} (Cyrillic А)
     * all have the skeleton of {@code Admin}.
     */
    public static String skeleton(String name) {
        return SPOOF.getSkeleton(normalise(name));
    }

    /**
     * Why {@code name} cannot be a name at all, or empty when its form is good: present, 3 to 16
     * letters. What a login looks up; a new name must pass {@link #newNameProblem} as well.
     */
    public static Optional<String> problem(String name) {
        String n = normalise(name);
        if (n.isEmpty()) {
            return Optional.of("A name is needed.");
        }
        int length = n.codePointCount(0, n.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("A name has " + MIN_LENGTH + " to " + MAX_LENGTH + " letters.");
        }
        if (!Character.isLetter(n.codePointAt(0)) || !n.codePoints().allMatch(NameRules::letterOrMark)) {
            return Optional.of("A name has letters only: no spaces, digits or punctuation.");
        }
        return Optional.empty();
    }

    /**
     * Why a new character may not be called {@code name}, or empty: its form ({@link #problem}),
     * one script, and not a reserved word or anything that looks like one. Whether it looks like
     * another character's name is for the account store and the game to say.
     */
    public static Optional<String> newNameProblem(String name) {
        Optional<String> form = problem(name);
        if (form.isPresent()) {
            return form;
        }
        String n = normalise(name);
        if (SPOOF.failsChecks(n)) {
            return Optional.of(ONE_SCRIPT);
        }
        if (RESERVED.contains(key(n))) {
            return Optional.of(usedByTheGame(n));
        }
        if (RESERVED_SKELETONS.contains(skeleton(n))) {
            return Optional.of(TOO_LIKE);
        }
        return Optional.empty();
    }

    /** The refusal of a name that is a word the game itself uses. */
    public static String usedByTheGame(String name) {
        return "'" + normalise(name) + "' is a word the game uses; please pick another name.";
    }

    /** A letter, or a mark that combines with the letter before it (an accent, an Indic vowel sign). */
    private static boolean letterOrMark(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Drops a combining dot above right after a soft-dotted letter (i, j and their kin, whose own
     * dot it would only repeat): lower-casing {@code İ} gives {@code i} and such a dot.
     */
    private static String withoutRedundantDots(String s) {
        if (s.indexOf(COMBINING_DOT_ABOVE) < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int previous = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == COMBINING_DOT_ABOVE && previous >= 0 && UCharacter.hasBinaryProperty(previous, UProperty.SOFT_DOTTED)) {
                continue;
            }
            b.appendCodePoint(cp);
            previous = cp;
        }
        return b.toString();
    }
}
