package brass.world.parser;

import brass.world.language.Counting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One noun phrase as the player wrote it: its words, without articles, the ordinal that picks
 * one of several things that fit ("second key", "key 2"; 0 for none), and how many are meant
 * ("two pebbles", "3 coins"; {@link #EVERY} for "all candles"; 0 when no number is given).
 */
record NounPhrase(List<String> words, int ordinal, int count) {

    /** The count of "all candles": every one that fits. */
    static final int EVERY = Integer.MAX_VALUE;

    private static final Set<String> PRONOUNS = Set.of("it", "them", "him", "her");
    private static final Set<String> SPEAKER = Set.of("me", "myself", "self", "yourself");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth");

    NounPhrase {
        words = List.copyOf(words);
    }

    /**
     * Reads {@code words}: articles dropped, an ordinal before ("second key") or a number after
     * ("key 2") taken out, and a count before ("two pebbles", "3 coins").
     */
    static NounPhrase of(List<String> words) {
        List<String> w = Words.withoutArticles(words);
        int ordinal = 0;
        int count = 0;
        if (w.size() > 1 && Counting.count(w.get(0)) > 0) {
            count = Counting.count(w.remove(0));
        } else if (w.size() > 1 && ordinal(w.get(0)) > 0) {
            ordinal = ordinal(w.remove(0));
        } else if (w.size() > 1 && w.get(w.size() - 1).chars().allMatch(Character::isDigit)) {
            ordinal = ordinal(w.remove(w.size() - 1));
        }
        return new NounPhrase(w, ordinal, count);
    }

    /** Every one of the things {@code words} name: "all candles", "all the lit candles". */
    static NounPhrase every(List<String> words) {
        return new NounPhrase(Words.withoutArticles(words), 0, EVERY);
    }

    /** "second", "2nd", "2" → 2; anything else → 0. */
    static int ordinal(String word) {
        int i = ORDINALS.indexOf(word);
        if (i >= 0) {
            return i + 1;
        }
        String digits = word.replaceFirst("(st|nd|rd|th)$", "");
        if (!digits.isEmpty() && digits.length() <= 3 && digits.chars().allMatch(Character::isDigit)) {
            int n = Integer.parseInt(digits);
            return n > 0 ? n : 0;
        }
        return 0;
    }

    /** The ordinal as a player reads it: "second", or "#12" past the tenth. */
    String ordinalWord() {
        return ordinal <= ORDINALS.size() ? ORDINALS.get(ordinal - 1) : "#" + ordinal;
    }

    /** The pronoun this phrase is ("it", "them", "him", "her"), or null. */
    String pronoun() {
        return words.size() == 1 && PRONOUNS.contains(words.get(0)) ? words.get(0) : null;
    }

    /** True for "me", "myself", "self" and "yourself" (as a game might say it back). */
    boolean meansTheSpeaker() {
        return words.size() == 1 && SPEAKER.contains(words.get(0));
    }

    /** The words with the last one made singular ("keys" → "key", "boxes" → "box"), or null if it is no plural. */
    List<String> singular() {
        String last = words.get(words.size() - 1);
        if (last.length() < 3 || !last.endsWith("s")) {
            return null;
        }
        List<String> out = new ArrayList<>(words);
        out.set(out.size() - 1, last.endsWith("es") && last.length() > 3 && "sxz".indexOf(last.charAt(last.length() - 3)) >= 0
                ? last.substring(0, last.length() - 2) : last.substring(0, last.length() - 1));
        return out;
    }
}
