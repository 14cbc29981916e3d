/**
 * Builders' scripts: JavaScript in a world's {@code scripts/} folder, for what reactions cannot
 * say, run by Mozilla Rhino in interpreted mode inside a sandbox.
 *
 * <p>Checking ({@link brass.world.script.ScriptReader}, off the game loop, with the rest of the
 * world): each file's first syntax error, its top-level functions (named {@code file.function}
 * from reactions), calls to functions nothing declares, and the ids it writes in
 * {@code world.thing("...")} and {@code world.create("...", ...)}; each file is compiled once. A
 * checked world carries its {@link brass.world.script.ScriptLibrary}.
 *
 * <p>Running ({@link brass.world.script.Scripts}, on the loop): each file in a scope of its own over
 * sealed standard objects with no way out to Java ({@code Sandbox}, {@code StandardScope}); a
 * script sees things as plain script objects ({@code ThingHandle}, {@code ThingMethods}, the
 * global {@code world}) and acts only through {@link brass.world.script.ScriptEffects}, which the
 * reactions implement. Every call runs under a {@link brass.world.script.ScriptBudget}; a failure
 * goes to {@link brass.world.script.ScriptFailures} ({@link brass.world.script.ScriptNotices}: the
 * log and the builders in the game).
 */
package brass.world.script;
