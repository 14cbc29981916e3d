/**
 * The boundary between the world and whoever plays it. A {@link brass.world.game.Game} owns
 * the {@link brass.world.model.World}, the verbs and the reactor; {@link
 * brass.world.game.Game#enter} gives a player a {@link brass.world.game.PlayerSession}, whose
 * lines are parsed and acted on the game loop and whose text goes out through an
 * {@link brass.world.game.Output}, one call per message. Telnet, SSH and the console all wrap
 * this same thing.
 */
package brass.world.game;
