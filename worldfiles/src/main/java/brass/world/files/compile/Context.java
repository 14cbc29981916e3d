package brass.world.files.compile;

import brass.world.files.diagnostic.Problems;

/**
 * What the passes read with and report to, made once per check by the {@link WorldCompiler}:
 * each is safe on several threads.
 */
record Context(FieldMaps fieldMaps, Values values, BehaviourFields behaviours, IdSuggestions suggestions,
               Problems problems) {
}
