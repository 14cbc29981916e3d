/**
 * The game loop. A {@link brass.engine.reactor.Reactor} owns one thread on which all world
 * state lives: timers ({@code callLater}), tasks handed over by I/O threads ({@code execute}),
 * blocking work sent to a bounded pool ({@code offload}) and end-of-turn flushes. The
 * {@link brass.engine.reactor.EventLoopReactor} is the real one; the
 * {@link brass.engine.reactor.ManualReactor} is driven by tests with a manual clock.
 */
package brass.engine.reactor;
