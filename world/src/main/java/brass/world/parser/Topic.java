package brass.world.parser;

import java.util.Locale;
import java.util.Optional;

/**
 * The help topics verbs are filed under ({@code help movement}), in the order the help index
 * lists them. A verb may be under several (look is for newcomers and about objects).
 */
public enum Topic {
    NEWCOMERS("where to begin: the first commands to try"),
    MOVEMENT("going places: directions, exits and doors"),
    OBJECTS("things: looking at them, taking, dropping, containers, keys and lamps"),
    TALKING("talking to others: in the room, privately, or on a channel"),
    SETTINGS("your own settings: brief, prompt, colour, aliases, password, keys"),
    GAME("the game itself: who is playing, your score, help, quitting"),
    BUILDING("for builders and admins: reloading the world, running the server");

    private final String about;

    Topic(String about) {
        this.about = about;
    }

    /** The topic's word, as typed after {@code help}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the topic covers, for the index. */
    public String about() {
        return about;
    }

    /** The topic called {@code word} (any case), if there is one. */
    public static Optional<Topic> parse(String word) {
        for (Topic t : values()) {
            if (t.word().equalsIgnoreCase(word.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
