/**
 * A small world built in code, for the console and for tests, until world files exist: a lamp,
 * a dark cellar, a box with a key, a locked door, a table, and Bob the clockwork butler.
 */
package brass.world.demo;
