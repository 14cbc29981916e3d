/**
 * Behaviours: what makes something in a world act on its own. Each is one
 * {@link brass.world.behaviour.Behaviour}, its spec (what world files may write, checked at
 * file:line:column) and its code together, kept in a {@link brass.world.behaviour.BehaviourRegistry}
 * that the checker and the running world both read, so that whatever passes {@code bin/brass
 * check} starts. {@link brass.world.behaviour.RunningBehaviours} starts them on a built world and
 * stops them all at once; a {@link brass.world.behaviour.BehaviourContext} is what running code
 * may use. The behaviours that ship are in {@code brass.world.behaviour.standard}.
 *
 * <p>Behaviours keep time with timers and count-aware LoopingCalls on the game loop, change the
 * world only there, and tell players what happened through the same events players' actions use.
 */
package brass.world.behaviour;
