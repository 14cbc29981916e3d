/**
 * The snake terrarium as a pure model: a glass tank of multi-frame ASCII snakes that slither
 * along and turn at the walls. No timers and no I/O here: {@link
 * brass.world.terrarium.Terrarium#advance(long)} moves everything by a number of ticks, and the
 * {@code snake-terrarium} behaviour calls it from a count-aware LoopingCall, which is what makes
 * the snakes end up in the same place after a stall as they would have without one.
 * {@link brass.world.terrarium.Terrarium#draw} paints the tank onto a
 * {@link brass.world.screen.Frame}; everyone watching paints the same model.
 */
package brass.world.terrarium;
