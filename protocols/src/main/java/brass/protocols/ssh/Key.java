package brass.protocols.ssh;

/** One key the player pressed, decoded from the bytes a raw-mode terminal sends. */
public sealed interface Key {

    /** A printable character (a Unicode code point). */
    record Char(int codePoint) implements Key {
    }

    /** An editing or control key. */
    record Control(Kind kind) implements Key {
    }

    enum Kind {
        ENTER, LEFT, RIGHT, UP, DOWN, HOME, END, BACKSPACE, DELETE,
        /** Ctrl-U: delete from the line's start to the cursor. */
        KILL_TO_START,
        /** Ctrl-K: delete from the cursor to the line's end. */
        KILL_TO_END,
        /** Ctrl-W: delete the word before the cursor. */
        KILL_WORD,
        /** Ctrl-C: abandon the line being typed. */
        CANCEL,
        /** Ctrl-L: repaint the whole screen. */
        REDRAW,
        /** Ctrl-D: end of input (quit when the line is empty). */
        EOF
    }

    static Key of(Kind kind) {
        return new Control(kind);
    }
}
