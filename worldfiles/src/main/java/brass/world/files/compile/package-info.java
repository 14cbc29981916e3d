/**
 * The checker's passes: from a world folder's parsed files to a {@link
 * brass.world.files.definition.WorldDefinition} and every problem found on the way.
 * {@link brass.world.files.compile.WorldCompiler} runs them in this order and owns the problems;
 * each pass takes what earlier ones made and returns what it makes as values (records, lists and
 * maps nobody changes afterwards):
 *
 * <ol>
 *   <li>{@code WorldFiles} (package {@code source}): the files, parsed on every core;
 *   <li>{@code IndexPass}: sections and entries, every id once, in file order; {@code WorldHeader}:
 *       world.yaml's name, start and settings;
 *   <li>each entry's own fields ({@code FieldMaps}), on every core;
 *   <li>{@code PrototypePass}: {@code like} applied; {@code FieldNameCheck}: fields an entry's kind
 *       does not have, on every core;
 *   <li>{@code ExitPass}: each room's exits, on every core;
 *   <li>{@code DoorPass} and {@code DoorDefinitions}: doors on exits and under {@code doors:},
 *       their sides, their definitions, in file order;
 *   <li>{@code RoomPass}: each room's definition and its exits' targets ({@code ExitSynonymCheck}),
 *       on every core;
 *   <li>{@code ThingPass} (with {@code Placements}) and {@code ActorPass}, in file order;
 *   <li>whole-world checks: {@code StartRoomCheck}, {@code PlacementCheck}, {@code KeyCheck},
 *       {@code MapCheck} (ways back, reachability), {@code LockCheck} (keys a player can reach),
 *       {@code PrototypeUseCheck}; {@code CrowdPass}: world.yaml's and each room's {@code crowd:}.
 * </ol>
 *
 * <p>Every pass reads values through the same readers ({@code FieldMaps}, {@code Values} with
 * {@code MarkupCheck}, {@code BehaviourFields}) and resolves ids through {@code References} and
 * {@code IdSuggestions} ("did you mean"). Only passes that read each entry on its own run on
 * several threads: problems go to a thread-safe set and a report is sorted, and the suggestions
 * they need were asked for beforehand in file order, so a world gives the same report and the same
 * definition on every run. A new field: its name in {@code KnownFields}, read in the pass of its
 * kind. A new whole-world check: a {@code ...Check} class, called by {@code WorldCompiler}.
 */
package brass.world.files.compile;
