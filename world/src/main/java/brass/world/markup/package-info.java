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
 * Tag names are case-insensitive. A tag that is not understood (unknown name, no closing brace,
 * {@code {/}} with nothing open) is shown literally, and {@link brass.world.markup.Markup#problems()}
 * lists it with its offset so that a world-file checker can report it.
 *
 * <p>This package is pure Java: it knows nothing of terminals or escape codes. Rendering lives in
 * {@code brass.protocols.render}.
 */
package brass.world.markup;
