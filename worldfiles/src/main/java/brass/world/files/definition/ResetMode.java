package brass.world.files.definition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** When an area's reset may happen: at every interval, or only while no player is in the area. */
public enum ResetMode {
    /** At every interval, whoever is there: they see what the reset puts back. */
    ALWAYS("always"),
    /** At an interval when no player is in any of the area's rooms; otherwise at the next one. */
    WHEN_EMPTY("when-empty");

    private final String word;

    ResetMode(String word) {
        this.word = word;
    }

    /** As written in world files. */
    public String word() {
        return word;
    }

    public static Optional<ResetMode> byWord(String word) {
        return Arrays.stream(values()).filter(m -> m.word.equals(word)).findFirst();
    }

    /** Every word, in the order the docs list them. */
    public static List<String> words() {
        return Arrays.stream(values()).map(ResetMode::word).toList();
    }
}
