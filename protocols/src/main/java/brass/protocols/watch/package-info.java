/**
 * Watching the snake terrarium: the {@code watch} verb turns a player's screen into the live
 * animation, over any connection that {@linkplain brass.protocols.session.Connection#canDrawFullScreen
 * can draw full-screen} (telnet terminals that move the cursor, SSH with a PTY).
 *
 * <p>The model ({@link brass.world.terrarium.Terrarium}) keeps time on its own count-aware
 * LoopingCall; each viewer has a separate, plain {@link brass.engine.loop.LoopingCall} at the
 * viewer's frame rate, whose step returns the future of the frame's write. LoopingCall waits for
 * that future before the next step, so draws never overlap, and a slow client is simply drawn
 * less often: it skips frames instead of queueing them. Only the cells that changed since the
 * frame the viewer last received are sent ({@link brass.world.screen.FrameDiff}).
 */
package brass.protocols.watch;
