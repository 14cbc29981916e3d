package brass.protocols.session;

import brass.world.parser.Parser;

/**
 * What every transport does to what a player types before the game sees it, so telnet and SSH
 * agree: the characters removed, and the longest line read.
 *
 * <p>Removed: C0 and C1 control characters and DEL (a terminal's line editing is done by the
 * transport, not passed on), the byte-order mark, and the bidirectional controls (U+200E, U+200F,
 * U+061C, U+202A to U+202E, U+2066 to U+2069), which would let a player's text reorder itself and
 * what follows it on everyone else's screen ("Alice says, ..." shown backwards, a name made to
 * look like another).
 */
public final class PlayerInput {

    /**
     * The longest line any transport reads, in bytes as they arrive (telnet, SSH without a
     * terminal) or characters typed (SSH's line editor): the longest any command accepts
     * ({@link Parser#LONGEST_LINE}), so a transport never cuts a line a command would take. A
     * longer line is refused whole, with {@link #tooLong}.
     */
    public static final int MAX_LINE = Parser.LONGEST_LINE;

    private PlayerInput() {
    }

    /** True for a code point that is removed from player input. */
    public static boolean removed(int cp) {
        return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0xfeff
                || cp == 0x200e || cp == 0x200f || cp == 0x061c
                || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** {@code line} without the code points {@link #removed} takes out. */
    public static String clean(String line) {
        int i = 0;
        while (i < line.length() && !removed(line.codePointAt(i))) {
            i += Character.charCount(line.codePointAt(i));
        }
        if (i == line.length()) {
            return line;
        }
        StringBuilder b = new StringBuilder(line.length());
        b.append(line, 0, i);
        line.codePoints().skip(line.codePointCount(0, i)).filter(cp -> !removed(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** What the player is told when a line passes a transport's limit: the line is not used. */
    public static String tooLong(int limit, String unit) {
        return "Your line was longer than " + limit + " " + unit + "; it was ignored.";
    }
}
