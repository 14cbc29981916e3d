package brass.world.reaction;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    /** The most characters a pattern may look at (backtracking included) on one line. */
    static final int MAX_PATTERN_STEPS = 100_000;
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}'\\-]+");
    /** Patterns compiled once each: a world has few, and a {@code says} trigger hears every line. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final Logger log = LoggerFactory.getLogger(Trigger.class);

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
            Pattern p = PATTERNS.computeIfAbsent(pattern.get(),
                    source -> Pattern.compile(source, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            try {
                return p.matcher(new MeteredText(text, MAX_PATTERN_STEPS)).find();
            } catch (MeteredText.Spent spent) {
                // A pattern that backtracks without end on what a player said must not hold the
                // game loop: it is taken as no match, and the builder can read why.
                log.warn("the pattern /{}/ took more than {} steps on a line {} characters long and was taken as no"
                        + " match: simplify it (nested repetition such as (a+)+ backtracks without end)",
                        pattern.get(), MAX_PATTERN_STEPS, text.length());
                return false;
            }
        }
        if (words.isEmpty()) {
            return true;
        }
        for (String w : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
