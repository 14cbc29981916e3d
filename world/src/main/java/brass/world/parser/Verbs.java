package brass.world.parser;

import brass.world.model.Direction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verbs a game knows, by every word for them. Looks a typed word up exactly, then as an
 * unambiguous prefix ("inv" for inventory), and when nothing fits suggests the nearest known
 * word by edit distance ("jmup" → "jump").
 */
public final class Verbs {

    /** The outcome of looking a word up. */
    public sealed interface Lookup {
        record Found(Verb verb) implements Lookup {
        }

        record Ambiguous(List<Verb> verbs) implements Lookup {
        }

        /** No verb; {@code suggestion} is the nearest known word, or null. */
        record Unknown(String suggestion) implements Lookup {
        }

        /** The word starts only a verb that must be {@linkplain Verb#inFull typed in full} ("q" for quit). */
        record Abbreviated(Verb verb) implements Lookup {
        }
    }

    private final Map<String, Verb> byWord = new LinkedHashMap<>();
    private final Map<String, Verb> byName = new LinkedHashMap<>();

    /** Adds a verb; refuses a name or synonym another verb already uses. */
    public void add(Verb verb) {
        List<String> words = words(verb);
        for (String w : words) {
            Verb other = byWord.get(w);
            if (other != null) {
                throw new IllegalArgumentException("the word '" + w + "' already means '" + other.name() + "'");
            }
            if (Direction.parse(w).isPresent()) {
                throw new IllegalArgumentException("'" + w + "' is a direction");
            }
        }
        for (String w : words) {
            byWord.put(w, verb);
        }
        byName.put(verb.name(), verb);
    }

    /** Takes a verb out again, by every word for it: a social a reload dropped. */
    public void remove(Verb verb) {
        byWord.values().removeIf(v -> v == verb);
        byName.remove(verb.name(), verb);
    }

    /** Whether any of {@code verb}'s words is already taken, or is a direction. */
    public boolean clashes(Verb verb) {
        for (String w : words(verb)) {
            if (byWord.containsKey(w) || Direction.parse(w).isPresent()) {
                return true;
            }
        }
        return false;
    }

    public Verb get(String name) {
        return byName.get(name);
    }

    public Collection<Verb> all() {
        return Collections.unmodifiableCollection(byName.values());
    }

    /** True when {@code phrase} (one or two words) is exactly a verb word. */
    public Verb exact(String phrase) {
        return byWord.get(phrase);
    }

    /**
     * Looks up one typed word: exactly, then by unambiguous prefix (never of a verb that must be
     * typed in full), then a suggestion.
     */
    public Lookup lookup(String word) {
        return lookup(word, List.of());
    }

    /**
     * Looks up one typed word as {@link #lookup(String)} does; when nothing fits, the suggestion
     * is the nearest of the verbs' words and {@code ownWords} (a player's aliases).
     */
    public Lookup lookup(String word, Collection<String> ownWords) {
        String w = word.toLowerCase(Locale.ROOT);
        Verb exact = byWord.get(w);
        if (exact != null) {
            return new Lookup.Found(exact);
        }
        Set<Verb> prefixed = new LinkedHashSet<>();
        Verb inFull = null;
        for (Map.Entry<String, Verb> e : byWord.entrySet()) {
            if (!e.getKey().contains(" ") && e.getKey().startsWith(w)) {
                if (e.getValue().inFull()) {
                    inFull = inFull == null ? e.getValue() : inFull;
                } else {
                    prefixed.add(e.getValue());
                }
            }
        }
        if (prefixed.size() == 1) {
            return new Lookup.Found(prefixed.iterator().next());
        }
        if (prefixed.size() > 1) {
            return new Lookup.Ambiguous(new ArrayList<>(prefixed));
        }
        if (inFull != null) {
            return new Lookup.Abbreviated(inFull);
        }
        List<String> known = new ArrayList<>(byWord.keySet());
        known.addAll(ownWords);
        return new Lookup.Unknown(nearest(w, known));
    }

    /**
     * The word of {@code known} nearest {@code w} by {@link #editDistance}: one edit away for a
     * word of up to three letters, two for a longer one; the first of those equally near; or null.
     * Words of one letter and of two words are never suggested.
     */
    public static String nearest(String w, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = w.length() <= 3 ? 1 : 2;
        for (String candidate : known) {
            String k = candidate.toLowerCase(Locale.ROOT);
            if (k.length() < 2 || k.contains(" ") || k.equals(w)) {
                continue;
            }
            int d = editDistance(w, k);
            if (d <= allowed && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance, counting a swap of neighbouring letters as one edit. */
    public static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }

    private static List<String> words(Verb verb) {
        List<String> words = new ArrayList<>();
        words.add(verb.name().toLowerCase(Locale.ROOT));
        for (String s : verb.synonyms()) {
            words.add(s.toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
