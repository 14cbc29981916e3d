/**
 * Colour markup for world text: parsed once into styled spans, rendered later by each protocol.
 *
 * <h2>Syntax</h2>
 * <ul>
 *   <li>{@code {red}}, {@code {green}}, ... one of the eight colour names {@code black red green
 *       yellow blue magenta cyan white}, optionally prefixed {@code bright-} (also {@code grey}/
 *       {@code gray} for bright black): sets the foreground colour.</li>
 *   <li>{@code {bg-red}}, {@code {bg-bright-blue}}: sets the background colour.</li>
 *   <li>{@code {fg:208}} / {@code {bg:208}}: one of the 256 xterm colours (0-255).</li>
 *   <li>{@code {#ff8800}} / {@code {bg:#ff8800}}: a 24-bit colour; {@code {#f80}} is short for it.</li>
 *   <li>{@code {bold}}, {@code {dim}}, {@code {italic}}, {@code {underline}}, {@code {blink}},
 *       {@code {reverse}}: attributes.</li>
 *   <li>{@code {/}} closes the innermost open tag; {@code {reset}} closes them all. Tags still open
 *       at the end of the text close by themselves.</li>
 *   <li>{@code {{} is a literal <code>{</code>; a lone <code>}</code> is literal.</li>
 * </ul>
 * A tag is a <code>{</code>, at most {@value brass.world.markup.Markup#MAX_TAG_LENGTH} characters
 * that are no brace, and a <code>}</code>; any other <code>{</code> starts no tag. Tag names are
 * case-insensitive and may have spaces around them. A tag that is not understood (unknown name, a
 * colour number over 255, a <code>#</code> without three or six hex digits, {@code {/}} with
 * nothing open) and a <code>{</code> that starts no tag are shown literally, and
 * {@link brass.world.markup.Markup#problems()} lists each with its offset and kind, in the words
 * {@code bin/brass check} prints. This is the only reading of markup: the renderers, the world-file
 * checker and {@link brass.world.markup.Markup#escape} all rely on it.
 *
 * <p>This package is pure Java: it knows nothing of terminals or escape codes. Rendering lives in
 * {@code brass.protocols.render}.
 */
package brass.world.markup;
