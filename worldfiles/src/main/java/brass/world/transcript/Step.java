package brass.world.transcript;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One thing a transcript does, and what players should read because of it.
 *
 * @param line         where the step is written (1-based)
 * @param kind         what it does
 * @param player       who acts (lower-case name); for a wait, the player whose output the
 *                     unlabelled lines describe, or null if nobody is playing yet
 * @param command      the command typed, for {@link Kind#COMMAND}; else null
 * @param pause        how long time passes, for {@link Kind#WAIT}; else null
 * @param expectations expected lines by (lower-case) player name; a player with no entry is not checked,
 *                     a player with an empty list must read nothing
 * @param together     for {@link Kind#DISCONNECT}, the other players whose connections drop in the same
 *                     moment (the same turn of the loop) as {@code player}'s; else empty
 */
public record Step(int line, Kind kind, String player, String command, Duration pause,
                   Map<String, List<Expected>> expectations, List<String> together) {

    /** The kinds of step. */
    public enum Kind {
        /** {@code enter alice}: a player comes into the game (made on first entry). */
        ENTER,
        /** {@code > look} or {@code @bob > look}: a player types a line. */
        COMMAND,
        /** {@code wait 5s}: game time passes on the manual clock; timers fire. */
        WAIT,
        /**
         * {@code disconnect alice}: her connection drops; her character stays, link-dead, until she enters
         * again. {@code disconnect alice bob}: theirs drop in the same moment.
         */
        DISCONNECT
    }

    public Step {
        Objects.requireNonNull(kind, "kind");
        Map<String, List<Expected>> copy = new LinkedHashMap<>();
        expectations.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        expectations = Collections.unmodifiableMap(copy);
        together = List.copyOf(together);
    }

    /** The step as written, for messages: "> take lamp", "enter bob", "wait 5s". */
    public String describe() {
        return switch (kind) {
            case ENTER -> "enter " + player;
            case COMMAND -> "@" + player + " > " + command;
            case WAIT -> "wait " + brass.world.files.behaviour.Durations.format(pause);
            case DISCONNECT -> "disconnect " + String.join(" ", Stream.concat(Stream.of(player), together.stream()).toList());
        };
    }
}
