/**
 * Reactions: what rooms, things and actors do when something happens, declared in world files
 * ({@code reactions:}: a {@link brass.world.reaction.Trigger}, {@link brass.world.reaction.Condition}s and
 * {@link brass.world.reaction.Effect}s), checked with the world, and run by
 * {@link brass.world.reaction.Reactions} on the game loop through the same actions and per-observer
 * events as players' commands ({@link brass.world.reaction.ReactionEffects}, which scripts use too).
 * {@link brass.world.reaction.Conditions} says whether conditions hold, for reactions and for actors' topics alike.
 */
package brass.world.reaction;
