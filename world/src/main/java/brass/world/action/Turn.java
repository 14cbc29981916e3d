package brass.world.action;

import brass.world.model.Thing;
import brass.world.model.World;
import brass.world.parser.Verbs;
import java.util.List;
import java.util.Optional;

/**
 * What an action may know beyond the world itself: who is acting, who else is in the game,
 * the verbs (for help), and a way to end the actor's session (quit). Supplied by the game.
 */
public interface Turn {

    World world();

    Thing actor();

    /** Players now in the game, in the order they entered. */
    List<Thing> players();

    /** A player now in the game by name (case-insensitive) or unambiguous prefix of it. */
    Optional<Thing> onlinePlayer(String name);

    Verbs verbs();

    /**
     * {@code player}'s role ({@code admin}, {@code builder}, or empty): what {@code who} orders by,
     * without the rest of the status, which is only made for the rows a page shows.
     */
    default String role(Thing player) {
        return status(player).role();
    }

    /** What {@code who} and {@code score} tell of {@code player}, who is in the game. */
    default PlayerStatus status(Thing player) {
        return PlayerStatus.NEW;
    }

    /**
     * Whether the actor asked for brief room descriptions: arriving in a room shows its name,
     * exits, things and people, without the description ({@code look} still shows it all).
     */
    default boolean brief() {
        return false;
    }

    /** The world's reactions, which actions consult before and tell after they act. */
    default Hooks hooks() {
        return Hooks.NONE;
    }

    /**
     * The action refused (part of) what it was asked ("You can't go that way."). A command that
     * did nothing but refuse ends a chain of commands typed on one line ("n. e. take lamp").
     */
    default void refused() {
    }

    /** Who follows whom in this game. */
    Following following();

    /** The player who last told the actor something ({@code reply} answers them), if any. */
    default Optional<Thing> lastTeller() {
        return Optional.empty();
    }

    /** The actor has just told {@code recipient} something: their {@code reply} comes back here. */
    default void heardBy(Thing recipient) {
    }

    /** The actor's long listings shown a page at a time, and what {@code more} shows next. */
    default Pager pager() {
        return new Pager();
    }

    /** Where tells to players who are away go. */
    default Postbox postbox() {
        return Postbox.NONE;
    }

    /** Ends the actor's session once this turn's events are delivered; {@code farewell} is its last word. */
    void endSession(String farewell);
}
