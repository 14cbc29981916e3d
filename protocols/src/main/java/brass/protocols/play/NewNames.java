package brass.protocols.play;

import brass.protocols.account.NameRules;
import brass.world.game.Game;
import brass.world.model.Direction;
import brass.world.model.Thing;
import brass.world.parser.Verb;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a new character may take a name, as far as the running game can tell: besides the
 * account rules ({@link NameRules#newNameProblem}), not a word a player types as a command (a
 * verb, one of its other words, a direction), and not the name of one of the world's own
 * characters (Pembrook the butler) nor anything that looks like either. Asked of the live world
 * every time, so a character a reload adds is protected from then on. Whether it looks like
 * another player's name is the account store's to say. Game-loop only.
 */
final class NewNames {

    /** Skeletons already worked out, by the word or name they are of: the world's names repeat. */
    private static final int MEMO_LIMIT = 10_000;

    private final Game game;
    private final Map<String, String> skeletons = new HashMap<>();

    NewNames(Game game) {
        this.game = game;
    }

    /** Why a new character may not be called {@code name}, or empty. */
    Optional<String> problem(String name) {
        Optional<String> rules = NameRules.newNameProblem(name);
        if (rules.isPresent()) {
            return rules;
        }
        String key = NameRules.key(name);
        String skeleton = NameRules.skeleton(name);
        for (Verb verb : game.verbs().all()) {
            Optional<String> clash = clash(name, key, skeleton, verb.name());
            for (int i = 0; clash.isEmpty() && i < verb.synonyms().size(); i++) {
                clash = clash(name, key, skeleton, verb.synonyms().get(i));
            }
            if (clash.isPresent()) {
                return clash;
            }
        }
        for (Direction d : Direction.values()) {
            Optional<String> clash = clash(name, key, skeleton, d.word());
            if (clash.isPresent()) {
                return clash;
            }
        }
        for (Thing t : game.world().things()) {
            if (t.isActor() && !t.isPlayer() && !t.isRemoved() && looksLikeCharacter(key, skeleton, t.name())) {
                return Optional.of(NameRules.TOO_LIKE);
            }
        }
        return Optional.empty();
    }

    /** A verb's word (one or more words: "turn on") against the name, word by word. */
    private Optional<String> clash(String name, String key, String skeleton, String words) {
        for (String word : words.split(" ")) {
            if (word.equals(key)) {
                return Optional.of(NameRules.usedByTheGame(name));
            }
            if (skeletonOf(word).equals(skeleton)) {
                return Optional.of(NameRules.TOO_LIKE);
            }
        }
        return Optional.empty();
    }

    /**
     * A character's name ("Pembrook", "Mrs Beech") against the name: the whole of it run
     * together, and each of its words, by look (which covers the same name exactly).
     */
    private boolean looksLikeCharacter(String key, String skeleton, String characterName) {
        String whole = characterName.replace(" ", "");
        if (NameRules.key(whole).equals(key) || skeletonOf(whole).equals(skeleton)) {
            return true;
        }
        if (whole.length() == characterName.length()) {
            return false;
        }
        for (String word : characterName.split(" ")) {
            if (!word.isEmpty() && skeletonOf(word).equals(skeleton)) {
                return true;
            }
        }
        return false;
    }

    private String skeletonOf(String word) {
        String known = skeletons.get(word);
        if (known == null) {
            if (skeletons.size() >= MEMO_LIMIT) {
                skeletons.clear();
            }
            known = NameRules.skeleton(word);
            skeletons.put(word, known);
        }
        return known;
    }
}
