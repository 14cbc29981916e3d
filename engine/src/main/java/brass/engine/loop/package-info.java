/**
 * Repeating work on the game loop: {@link brass.engine.loop.LoopingCall}, with Twisted's
 * semantics for drift-free scheduling, waiting on returned futures, and counting the intervals
 * that passed during a stall ({@code withCount}) so that timed objects keep time.
 */
package brass.engine.loop;
