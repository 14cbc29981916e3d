/**
 * The boundary between the world and whoever plays it. A {@link brass.world.game.Game} owns
 * the {@link brass.world.model.World}, the verbs and the reactor; {@link
 * brass.world.game.Game#enter} gives a player a {@link brass.world.game.PlayerSession}, whose
 * lines are run one {@link brass.world.game.PlayerSession#perform} each on the game loop, each
 * returning a {@link brass.world.game.TurnResult}, and whose text goes out through a
 * {@link brass.world.game.PlayerView}, one call per message. Telnet, SSH and the console all wrap
 * this same thing.
 */
package brass.world.game;
