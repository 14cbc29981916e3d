/**
 * The running server: the composition root that wires the game loop, the world, storage and the
 * network adapters together, and starts and stops them in order.
 */
package brass.server;
