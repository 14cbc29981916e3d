/**
 * A checked world as plain immutable values: what the world files say, with every prototype
 * already applied and every reference already resolved, so the code that builds the live model
 * from it never has to look at YAML, re-check an id, or handle a half-valid world. A
 * {@link brass.world.files.definition.WorldDefinition} only exists for a world with no errors.
 * Every definition keeps its {@link brass.world.files.diagnostic.SourcePosition}.
 */
package brass.world.files.definition;
