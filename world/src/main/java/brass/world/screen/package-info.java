/**
 * Character screens: the measure of text in terminal columns, and frames for full-screen
 * animation. Pure and protocol-free: telnet and SSH both use it.
 *
 * <ul>
 *   <li>{@link brass.world.screen.DisplayWidth}: how many columns text takes (wide CJK and emoji 2,
 *       combining and zero-width characters 0, others 1), per code point;
 *       {@link brass.world.screen.Graphemes}: where text may be cut (grapheme clusters). Every
 *       layout (word wrap, the SSH screen and line editor, frames) measures with these.</li>
 *   <li>{@link brass.world.screen.Frame}: a grid of cells, a wide character taking two;
 *       {@link brass.world.screen.FrameDiff}: the difference between the frame a viewer has and
 *       the next one as ANSI cursor movements and characters, so that only the cells that changed
 *       cross the network.</li>
 * </ul>
 *
 * <h2>Why a generated table, and not a library, for widths</h2>
 *
 * <p>The two libraries that know terminal widths were weighed. JLine's {@code WCWidth} is Markus
 * Kuhn's wcwidth of 2007 (Unicode 5) with one blanket emoji range added: it counts U+231A WATCH,
 * U+2B50 STAR and U+26A1 HIGH VOLTAGE as one column though Unicode has made them wide since 9.0,
 * counts the skin-tone modifiers as zero and the ambiguous U+1F100 as two, and it would bring a
 * terminal library into the world module for one function. ICU4J has the Unicode data exactly
 * ({@code UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH)}, general categories) but
 * is a 14 MB jar, for a lookup that needs a few kilobytes.
 *
 * <p>So {@code WidthTable} is generated from ICU4J's data (about a thousand ranges, Unicode 16) and
 * ICU4J is a test dependency only: {@code WidthTableTest} checks the table against it for every
 * code point and, when an upgraded ICU4J brings a new Unicode, writes the new table to
 * {@code world/target/WidthTable.java}. Grapheme clusters need no table of ours at all: the JDK's
 * {@code \X} implements them.
 */
package brass.world.screen;
