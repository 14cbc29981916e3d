/**
 * World files: reading a world folder of YAML, checking it, and turning it into a resolved,
 * immutable {@link brass.world.files.definition.WorldDefinition}. The entry point is
 * {@link brass.world.files.WorldChecker}: it reports every problem at once, each with
 * {@code file:line:column} and a hint, and only hands out a definition when there are no errors,
 * so nothing downstream ever sees a half-valid world. Reading the files is {@code source}, the
 * checker's passes are {@code compile}, what they say is {@code diagnostic}, what they make is
 * {@code definition}. The format is documented in {@code docs/WORLD-FILES.md}.
 */
package brass.world.files;
