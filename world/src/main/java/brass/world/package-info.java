/**
 * The world module: the domain model, everything about the game that isn't I/O or a file format
 * (world files are read by the {@code worldfiles} module, above this one).
 *
 * <p>How the packages fit, in the direction of their dependencies:
 * <ul>
 *   <li>{@link brass.world.model}: things, rooms, doors, actors, containment and light.</li>
 *   <li>{@link brass.world.language}: English, and events rendered once per observer.</li>
 *   <li>{@link brass.world.parser}: text to commands, resolved against what an actor sees.</li>
 *   <li>{@link brass.world.action}: what verbs do; actions return events.</li>
 *   <li>{@link brass.world.game}: the game, player sessions and the {@code PlayerView} boundary
 *       that telnet, SSH and the console wrap.</li>
 *   <li>{@link brass.world.markup}: colour markup, parsed once into spans.</li>
 *   <li>{@link brass.world.screen}: text measured in terminal columns; frames for animation.</li>
 *   <li>{@link brass.world.terrarium}: the snakes' tank, drawn as frames.</li>
 *   <li>{@link brass.world.console}: one player in a terminal.</li>
 * </ul>
 *
 * <p>All world state lives on the game loop. A line typed by a player travels: adapter thread
 * → {@code reactor.execute} → {@code PlayerSession.perform} → parser → action → events →
 * {@code Game.deliver} → {@code Narrator.render} per observer → {@code PlayerView.send}.
 */
package brass.world;
