package brass.protocols.render;

/** How many colours a client can show, from none to 24-bit. Ordered: a higher level includes the lower. */
public enum ColourLevel {
    /** Plain text, no escape codes at all. */
    NONE,
    /** The 16 basic ANSI colours and bold/underline. */
    ANSI16,
    /** The 256 xterm colours. */
    ANSI256,
    /** 24-bit colour. */
    TRUECOLOR;

    public boolean atLeast(ColourLevel other) {
        return compareTo(other) >= 0;
    }
}
