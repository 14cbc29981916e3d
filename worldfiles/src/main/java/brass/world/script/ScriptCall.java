package brass.world.script;

import brass.world.model.Thing;
import java.util.Objects;

/**
 * One call of a script function, as a reaction makes it: {@code butler.greet} with the thing the
 * reaction is on, the player who set it off, the room, and what the trigger carried. The script
 * sees them as {@code function greet(actor, player, room, event)}, with {@code event.text} and
 * {@code event.thing}.
 *
 * @param function the function, named {@code file.function} ({@code butler.greet})
 * @param actor    the thing, actor or room the reaction is on
 * @param player   the player who set it off, or null (a timer, the world starting)
 * @param room     the room it happens in, or null
 * @param text     what the trigger said (the words spoken, the topic asked about), or null
 * @param thing    the thing the trigger was about (the thing given, taken, opened), or null
 */
public record ScriptCall(String function, Thing actor, Thing player, Thing room, String text, Thing thing) {

    public ScriptCall {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(actor, "actor");
    }

    /** A call with no trigger text or thing. */
    public static ScriptCall of(String function, Thing actor, Thing player, Thing room) {
        return new ScriptCall(function, actor, player, room, null, null);
    }
}
