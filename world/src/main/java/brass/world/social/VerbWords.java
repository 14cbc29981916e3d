package brass.world.social;

import brass.world.action.StandardActions;
import brass.world.model.Direction;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words a social may not be, because the game already means something by them: every word
 * of a standard verb, the directions, and the words the server's own modules make verbs of. The
 * world checker refuses a social named by one of them; the server's tests hold {@link #SERVER} to
 * what a running server really registers, so the checker never accepts a social the game drops.
 */
public final class VerbWords {

    /** Verb words that the server's modules (protocols, server) add beside the standard verbs. */
    public static final Set<String> SERVER = Set.of(
            "chat", "ooc", "newbie", "builders", "wiz",
            "brief", "verbose", "prompt", "colour", "color", "alias", "unalias",
            "reload", "watch", "observe", "keys", "key",
            "goto", "where", "transfer", "kick", "ban", "unban", "bans", "announce", "shutdown", "status");

    private static final Map<String, String> STANDARD = standard();

    private VerbWords() {
    }

    private static Map<String, String> standard() {
        Map<String, String> words = new LinkedHashMap<>();
        StandardActions.install((verb, action) -> {
            words.put(verb.name(), verb.name());
            for (String s : verb.synonyms()) {
                words.put(s, verb.name());
            }
        });
        // Not verbs, but read before any verb is looked up.
        words.put("again", "again");
        words.put("g", "again");
        return words;
    }

    /**
     * What {@code word} already is ("the verb 'look'", "a direction"), or empty when a social may
     * be called that.
     */
    public static Optional<String> taken(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String verb = STANDARD.get(w);
        if (verb != null) {
            return Optional.of(verb.equals(w) ? "the verb '" + w + "'" : "'" + w + "', another word for '" + verb + "'");
        }
        if (SERVER.contains(w)) {
            return Optional.of("the verb '" + w + "'");
        }
        if (Direction.parse(w).isPresent()) {
            return Optional.of("a direction");
        }
        return Optional.empty();
    }

}
