package brass.world.reaction;

import java.time.Duration;

/**
 * One thing a reaction does, as written under {@code do:}. Texts are templates read once per
 * observer: {@code {self}} (the one reacting), {@code {player}} (who set it off) and
 * {@code {thing}} (what the trigger was about) become "you" for that observer and a name for
 * everyone else. References name things as in {@link Condition}.
 */
public sealed interface Effect {

    /** {@code self} says {@code text} aloud. */
    record Say(String text) implements Effect {
    }

    /** {@code self} is seen doing {@code text}: "Sprocket purrs." from {@code emote: purrs.}. */
    record Emote(String text) implements Effect {
    }

    /** Only the player reads {@code text}. */
    record Tell(String text) implements Effect {
    }

    /** Everyone in the room reads {@code text}; the player too unless {@code exceptPlayer}. */
    record Show(String text, boolean exceptPlayer) implements Effect {
    }

    /** Moves a thing or an actor to {@code to} (a room, container, surface or actor). */
    record Move(String thing, String to) implements Effect {
    }

    /** Moves the player to {@code room}, seen leaving and arriving, and shows them where they are. */
    record MovePlayer(String room) implements Effect {
    }

    /** {@code self} gives {@code thing} to {@code to}, with the give action. */
    record Give(String thing, String to) implements Effect {
    }

    /** {@code self} takes {@code thing}, from wherever it is in reach (from the player too). */
    record Take(String thing) implements Effect {
    }

    /** {@code self} opens, closes, locks, unlocks, lights or puts out {@code thing}. */
    record Change(Verb verb, String thing) implements Effect {
    }

    /** Makes a new thing from {@code prototype} in {@code in}. */
    record Create(String prototype, String in) implements Effect {
    }

    /** Takes {@code thing} out of the world. */
    record Destroy(String thing) implements Effect {
    }

    /** Sets {@code of}'s counter {@code name} to {@code value} (a flag: 1 or 0). */
    record Set(String of, String name, long value) implements Effect {
    }

    /** Adds {@code by} to {@code of}'s counter {@code name}. */
    record Add(String of, String name, long by) implements Effect {
    }

    /** Waits {@code pause} of game time, then goes on with the effects after it. */
    record Wait(Duration pause) implements Effect {
    }

    /** Calls the script function {@code function} ({@code file.function}). */
    record Script(String function) implements Effect {
    }

    /** The verbs of {@link Change}, each as a world file writes it. */
    enum Verb {
        OPEN("open"), CLOSE("close"), LOCK("lock"), UNLOCK("unlock"), LIGHT("light"), EXTINGUISH("extinguish");

        public final String word;

        Verb(String word) {
            this.word = word;
        }
    }
}
