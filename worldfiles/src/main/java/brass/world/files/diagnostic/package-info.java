/**
 * What the world-file checker says about a world: a {@link brass.world.files.diagnostic.Diagnostic}
 * is one problem at one {@link brass.world.files.diagnostic.SourcePosition}, rendered the way
 * compilers do ({@code file:line:column: error: what is wrong; did you mean 'kitchen'?}) so that
 * editors and terminals can jump to it. {@link brass.world.files.diagnostic.Suggestions} finds the
 * nearest known name for a misspelt one.
 */
package brass.world.files.diagnostic;
