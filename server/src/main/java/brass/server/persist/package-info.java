/**
 * Keeping the world across restarts: checkpoints taken on the game loop in one turn and written
 * off it in one transaction, and the restore that puts a freshly built world back as the last
 * checkpoint left it.
 */
package brass.server.persist;
