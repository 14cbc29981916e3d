/**
 * The timed objects that ship with Brass, as {@link brass.world.build.Behaviour}s: the brass
 * {@link brass.world.behaviour.Cockroach} and the {@link brass.world.behaviour.SnakeTerrarium}.
 *
 * <p>Both keep time with a count-aware {@link brass.engine.loop.LoopingCall}: after the game
 * loop stalls, a behaviour is told how many intervals passed and catches up by that many steps,
 * instead of quietly running slow. Both change the world only on the game loop and only through
 * {@link brass.world.model.Thing#moveTo}, which is why the cockroach cannot be duplicated or
 * lost however players grab at it: there is no second thread to race with.
 */
package brass.world.behaviour;
