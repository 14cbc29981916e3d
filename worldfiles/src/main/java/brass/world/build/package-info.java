/**
 * Turning a checked {@link brass.world.files.definition.WorldDefinition} into a live
 * {@link brass.world.model.World}, and the hook through which behaviours (the cockroach, the
 * snake terrarium) are started on the things that name them.
 *
 * <p>The builder never re-checks anything: a definition exists only for a world without errors,
 * so every id it meets resolves. {@link brass.world.build.Worlds#load} is the one-call
 * convenience: check a folder and build it, or throw with the whole diagnostic report.
 *
 * <p>The model has no randomness of its own; behaviours get theirs from
 * {@link brass.world.build.BehaviourContext#random()}, so that tests and transcripts can hand
 * them a seeded generator and replay the same run.
 */
package brass.world.build;
