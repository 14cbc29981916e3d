/**
 * The names and parameters of behaviours a world file may attach to rooms, things, actors and
 * doors. The checker only knows behaviours through this registry, so code that adds a behaviour
 * registers its {@link brass.world.files.behaviour.BehaviourSpec} here and world files can use it
 * at once, with the same type, range and "did you mean" checks as the built-in ones. The running
 * behaviours themselves live elsewhere; this package describes, it does not run.
 */
package brass.world.files.behaviour;
