/**
 * A small world built in code for the model's tests, which need no world files: a lamp, a dark
 * cellar, a box with a key, a locked door, a table, and Bob the clockwork butler.
 */
package brass.world.demo;
