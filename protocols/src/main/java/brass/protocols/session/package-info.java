/**
 * The seam between a network protocol and the game: a {@link brass.protocols.session.Connection}
 * the game writes to from its loop, a {@link brass.protocols.session.ConnectionListener} the game
 * implements, and {@link brass.protocols.session.ClientCapabilities} describing the client.
 *
 * <p>Threads: every {@code ConnectionListener} method is called on the game loop (handed over
 * with {@code Reactor.execute}); every {@code Connection} method is called on the game loop.
 * Output queued during a loop turn is rendered and handed to the I/O thread once, at the end of
 * the turn. Output a slow client has not taken yet is bounded, and so is input waiting for the
 * loop. {@link brass.protocols.session.PlayerInput} is what every transport removes from input
 * (control and bidirectional characters) and the longest line any of them reads.
 */
package brass.protocols.session;
