/**
 * Turning a checked {@link brass.world.files.definition.WorldDefinition} into a live
 * {@link brass.world.model.World}: rooms, doors, things, actors, placements and exits, one step
 * per kind, shared with reload. Behaviours named in the files are started afterwards, by
 * {@link brass.world.behaviour.RunningBehaviours}.
 *
 * <p>The builder never re-checks anything: a definition exists only for a world without errors,
 * so every id it meets resolves. {@link brass.world.build.Worlds#load} is the one-call
 * convenience: check a folder and build it, or throw with the whole diagnostic report.
 */
package brass.world.build;
