package brass.world.language;

import java.util.List;
import java.util.Locale;
import org.atteo.evo.inflector.English;

/**
 * Plurals and numbers, as lists and the parser use them: "smooth pebble" is "smooth pebbles",
 * "bottle of wine" is "bottles of wine"; three is "three" and 13 is "13". English plurals come
 * from evo-inflector, which knows the irregular ones ("mouse", "mice"; "sheep", "sheep").
 */
public final class Counting {

    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    private Counting() {
    }

    /** The plural of one word, in its case: "pebble" to "pebbles", "Knife" to "Knives". */
    public static String pluralWord(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(word.length() - 1))) {
            return word;
        }
        return English.plural(word);
    }

    /** The plural of a name: its head noun made plural, the last word or the one before "of". */
    public static String plural(String name) {
        String[] words = name.split(" ");
        int head = words.length - 1;
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("of")) {
                head = i - 1;
                break;
            }
        }
        words[head] = pluralWord(words[head]);
        return String.join(" ", words);
    }

    /** "two", "twelve", "13": a count as a sentence says it. */
    public static String number(int n) {
        return n >= 0 && n < NUMBERS.size() ? NUMBERS.get(n) : Integer.toString(n);
    }

    /** The count {@code word} says ("two", "3"), or 0 when it says none. */
    public static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int i = NUMBERS.indexOf(w);
        if (i > 0) {
            return i;
        }
        if (!w.isEmpty() && w.length() <= 4 && w.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(w);
        }
        return 0;
    }
}
