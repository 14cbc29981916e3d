/**
 * What verbs do. An {@link brass.world.action.Action} takes a resolved
 * {@link brass.world.parser.Command} and changes the world, returning the
 * {@link brass.world.language.Event}s that tell everyone what happened; it never writes to a
 * connection. {@link brass.world.action.StandardActions} holds the verbs every world has and
 * registers them; moving things about ({@code Moves}: take, drop, put, give, and the taking that
 * goes before putting, giving and lighting) and doors, containers and lamps ({@code Mechanisms})
 * live beside it. An action that refuses tells the {@link brass.world.action.Turn}
 * ({@code Replies.refuse}), so that a line of several commands stops there.
 */
package brass.world.action;
