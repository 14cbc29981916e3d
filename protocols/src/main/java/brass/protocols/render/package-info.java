/**
 * Turns {@link brass.world.markup.Markup} into terminal text: ANSI escape codes at the colour
 * level a client supports (16, 256, truecolor, or none, downgrading colours to the nearest one
 * available), word-wrapped to the client's width without counting escape codes, with the line
 * ending the protocol wants. Shared by telnet and SSH.
 */
package brass.protocols.render;
