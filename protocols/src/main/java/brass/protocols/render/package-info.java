/**
 * Turns {@link brass.world.markup.Markup} into terminal text: ANSI escape codes at the colour
 * level a client supports (16, 256, truecolor, or none, downgrading colours to the nearest one
 * available), word-wrapped to the client's width in terminal columns (a CJK ideograph or an emoji
 * takes two, an accent or an escape code none: see {@link brass.world.screen.DisplayWidth}), with
 * the line ending the protocol wants. Shared by telnet and SSH.
 */
package brass.protocols.render;
