/**
 * Character screens for full-screen animation: a {@link brass.world.screen.Frame} is a grid of
 * characters, and {@link brass.world.screen.FrameDiff} turns the difference between the frame a
 * viewer has and the next one into ANSI cursor movements and characters, so that only the cells
 * that changed cross the network. Pure and protocol-free: telnet and SSH both send its output.
 */
package brass.world.screen;
