/**
 * What verbs do. An {@link brass.world.action.Action} takes a resolved
 * {@link brass.world.parser.Command} and changes the world, returning the
 * {@link brass.world.language.Event}s that tell everyone what happened; it never writes to a
 * connection. {@link brass.world.action.StandardActions} holds the verbs every world has.
 */
package brass.world.action;
