package brass.world.reaction;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What sets a reaction off, as written after {@code on:}.
 *
 * @param kind       which happening
 * @param words      for {@code says}, {@code whispers} and {@code asked}: any of these words (lower
 *                   case) in what was said; empty means anything
 * @param pattern    for {@code says} and {@code whispers}: a regular expression found in what was
 *                   said (case-insensitive), instead of words; empty when words are used
 * @param things     for {@code given}: the ids of the things that set it off; empty means anything
 * @param every      for {@code every}: the interval; {@link Duration#ZERO} otherwise
 * @param maxCatchUp for {@code every}: after a stall, at most this many firings are made up
 */
public record Trigger(Kind kind, List<String> words, Optional<String> pattern, List<String> things, Duration every,
                      int maxCatchUp) {

    /** The happenings a reaction can wait for; {@link #word} is how a world file names each. */
    public enum Kind {
        ENTERS("enters"), LEAVES("leaves"), SAYS("says"), WHISPERS("whispers"), ASKED("asked"), GIVEN("given"),
        TAKEN("taken"), DROPPED("dropped"), OPENED("opened"), CLOSED("closed"), LOCKED("locked"),
        UNLOCKED("unlocked"), LIT("lit"), EXAMINED("examined"), EVERY("every"), START("start"), RESET("reset");

        public final String word;

        Kind(String word) {
            this.word = word;
        }

        public static Optional<Kind> of(String word) {
            return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
        }

        public static List<String> words() {
            return Arrays.stream(values()).map(k -> k.word).toList();
        }

        /** Whether a trigger of this kind is about the thing it is written on being acted on. */
        public boolean isDeed() {
            return ordinal() >= TAKEN.ordinal() && ordinal() <= EXAMINED.ordinal();
        }
    }

    public Trigger {
        Objects.requireNonNull(kind, "kind");
        words = List.copyOf(words);
        Objects.requireNonNull(pattern, "pattern");
        things = List.copyOf(things);
        Objects.requireNonNull(every, "every");
    }

    /** A trigger with no argument. */
    public static Trigger of(Kind kind) {
        return new Trigger(kind, List.of(), Optional.empty(), List.of(), Duration.ZERO, 0);
    }

    /** Whether {@code text} (what was said, or the topic asked about) sets this trigger off. */
    public boolean matches(String text) {
        if (pattern.isPresent()) {
            return Pattern.compile(pattern.get(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
        }
        if (words.isEmpty()) {
            return true;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'\\-]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
