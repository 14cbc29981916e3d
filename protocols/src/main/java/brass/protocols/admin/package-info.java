/**
 * What admins do in the game: move about and find players
 * ({@code goto}, {@code where}, {@code transfer}), remove them ({@code kick}, {@code ban},
 * {@code unban}, {@code bans}), speak to everyone ({@code announce}), stop the server
 * ({@code shutdown}). They and the builders talk among themselves on the {@code builders}
 * channel ({@code wiz}), one of the lobby's channels.
 *
 * <p>Every command is refused to a player without the role, in one shape ("Only admins may use
 * 'kick'."). Bans live in memory on the game loop ({@link brass.protocols.admin.Bans}, loaded at
 * start) so that every check is cheap and never waits; they are written to a
 * {@link brass.protocols.admin.BanStore} off the loop, one write after another. The bans are the
 * lobby's {@link brass.protocols.play.Gate}: a banned address is turned away before the login
 * dialogue, a banned name when it would enter the game.
 *
 * <p>The server is stopped through {@link brass.protocols.admin.ServerStop}, which the composition
 * root supplies, so this module never depends on the server's.
 */
package brass.protocols.admin;
