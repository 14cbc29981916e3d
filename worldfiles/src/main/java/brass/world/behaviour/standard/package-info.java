/**
 * The behaviours that ship with Brass, each one class holding its spec and its code
 * ({@link brass.world.behaviour.standard.StandardBehaviours} registers them): the brass
 * {@link brass.world.behaviour.standard.Cockroach}, the
 * {@link brass.world.behaviour.standard.SnakeTerrarium}, actors that
 * {@link brass.world.behaviour.standard.Wander} and the self-closing door,
 * {@link brass.world.behaviour.standard.DoorClosesAfter}.
 *
 * <p>The timed ones keep time with a count-aware {@link brass.engine.loop.LoopingCall}: after the
 * game loop stalls, a behaviour is told how many intervals passed and catches up by that many
 * steps (capped), instead of quietly running slow. All of them change the world only on the
 * game loop and only through the model's own operations ({@link brass.world.model.Thing#moveTo},
 * {@code open}), which is why the cockroach cannot be duplicated or lost however players grab at
 * it: there is no second thread to race with. What they do is told with the same events
 * players' actions use, rendered for each observer.
 */
package brass.world.behaviour.standard;
