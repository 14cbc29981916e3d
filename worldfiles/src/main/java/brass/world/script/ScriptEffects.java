package brass.world.script;

import brass.world.model.Thing;

/**
 * What a script may do to the world: the effects reactions have, one method each, called on the
 * game loop while a script runs. The script API ({@code actor.say(...)}, {@code world.create(...)})
 * checks its arguments and then calls exactly one of these; the implementation carries the effect
 * out through the same actions and per-observer events as players' commands and reactions, so that
 * "Pembrook hands you the key." and "Pembrook hands Alice the key." read right and nothing is
 * duplicated or lost.
 *
 * <p>Every {@link Thing} passed in is in the world (not removed). A method that cannot do what is
 * asked (a counter the thing was never given, a prototype that does not exist) throws an
 * {@link IllegalArgumentException} or {@link IllegalStateException} whose message the builder
 * reads, with the script's file and line; an effect that simply does not happen in the world (the
 * giver no longer has the thing) is narrated or ignored as a reaction's would be.
 */
public interface ScriptEffects {

    /** {@code speaker} says {@code text} aloud to the room. */
    void say(Thing speaker, String text);

    /** {@code actor} is seen doing {@code text}: "Pembrook bows." from {@code emote("bows.")}. */
    void emote(Thing actor, String text);

    /** Only {@code player} reads {@code text}. */
    void tell(Thing player, String text);

    /** Everyone in {@code room} reads {@code text}, except {@code except} when it is not null. */
    void show(Thing room, String text, Thing except);

    /** Moves a thing or an actor to {@code place}, as a reaction's move does. */
    void move(Thing thing, Thing place);

    /** Moves a player to {@code room}; they are shown where they now are. */
    void movePlayer(Thing player, Thing room);

    /** {@code giver} gives {@code thing} to {@code receiver}. */
    void give(Thing giver, Thing thing, Thing receiver);

    /** {@code taker} takes {@code thing}. */
    void take(Thing taker, Thing thing);

    /** {@code by} opens {@code thing}. */
    void open(Thing by, Thing thing);

    /** {@code by} closes {@code thing}. */
    void close(Thing by, Thing thing);

    /** {@code by} locks {@code thing}. */
    void lock(Thing by, Thing thing);

    /** {@code by} unlocks {@code thing}. */
    void unlock(Thing by, Thing thing);

    /** {@code by} lights {@code thing}. */
    void light(Thing by, Thing thing);

    /** {@code by} puts {@code thing} out. */
    void extinguish(Thing by, Thing thing);

    /** Makes a new thing from {@code prototype} in {@code place} and returns it. */
    Thing create(String prototype, Thing place);

    /** Takes {@code thing} out of the world. */
    void destroy(Thing thing);

    /** The value of {@code thing}'s flag or counter {@code name} (a flag is 0 or 1). */
    long counter(Thing thing, String name);

    /** Sets {@code thing}'s flag or counter {@code name}. */
    void setCounter(Thing thing, String name, long value);

    /** Adds {@code by} to {@code thing}'s counter {@code name} and returns the new value. */
    long addCounter(Thing thing, String name, long by);
}
