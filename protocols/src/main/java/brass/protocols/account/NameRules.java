package brass.protocols.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a character may be called: 3 to 16 letters (any alphabet), no spaces, digits or
 * punctuation, and not a word the game itself uses. Names are unique case-insensitively;
 * {@link #key} is the form they are compared and stored by.
 */
public final class NameRules {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 16;

    private static final Set<String> RESERVED = Set.of(
            "new", "quit", "who", "all", "admin", "administrator", "root", "system", "server", "brass",
            "guest", "someone", "nobody", "everyone", "you", "me", "self", "here", "it", "them", "him", "her");

    private NameRules() {
    }

    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Why {@code name} cannot be used, or empty when it can. */
    public static Optional<String> problem(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            return Optional.of("A name is needed.");
        }
        int length = n.codePointCount(0, n.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("A name has " + MIN_LENGTH + " to " + MAX_LENGTH + " letters.");
        }
        if (!n.codePoints().allMatch(Character::isLetter)) {
            return Optional.of("A name has letters only: no spaces, digits or punctuation.");
        }
        if (RESERVED.contains(key(n))) {
            return Optional.of("'" + n + "' is a word the game uses; please pick another name.");
        }
        return Optional.empty();
    }

    /** The name as it will be shown: first letter capitalised, the rest as typed. */
    public static String display(String name) {
        String n = name.strip();
        return n.isEmpty() ? n : n.substring(0, n.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                + n.substring(n.offsetByCodePoints(0, 1));
    }
}
