/**
 * Playing a world in a terminal as one player, through the same {@link brass.world.game.Game}
 * that network players use: a reader thread hands lines to the game loop; the loop prints.
 */
package brass.world.console;
