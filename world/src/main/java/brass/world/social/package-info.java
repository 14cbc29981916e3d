/**
 * Socials: the little gestures players make at the room or at someone in it ({@code smile},
 * {@code bow to bob}), each written by builders as data, with a text for each observer (the one
 * who does it, the one it is done to, everyone else), and run as a verb of the game. The
 * world-file checker reads them from a world's {@code socials:} sections; this package only knows
 * what a social is and what doing one shows.
 */
package brass.world.social;
