package brass.load;

import io.netty.buffer.ByteBuf;

/**
 * The few telnet rules a measuring client needs: text arrives as lines, a prompt ends at an EOR or
 * a GA, and every option the server offers is refused except end-of-record, which marks where a
 * prompt ends. Colour codes are dropped from the text.
 */
final class TelnetReader {

    static final byte IAC = (byte) 255;
    static final byte DONT = (byte) 254;
    static final byte DO = (byte) 253;
    static final byte WONT = (byte) 252;
    static final byte WILL = (byte) 251;
    static final byte SB = (byte) 250;
    static final byte GA = (byte) 249;
    static final byte SE = (byte) 240;
    static final byte EOR_COMMAND = (byte) 239;
    static final byte EOR_OPTION = 25;

    /** What the reader finds in the stream. */
    interface Listener {
        /** A whole line, without its line end or colour codes. */
        void line(String line);

        /** A prompt ended; {@code partial} is the text since the last line end. */
        void prompt(String partial);

        /** Three bytes to answer an option offer with. */
        void answer(byte verb, byte option);

        /**
         * Whether the text of a line starting now is wanted. A line that is not is skipped whole,
         * never reported (a prompt's text comes as empty): in a crowd of a thousand most lines are
         * other players' doings, and making a string of each would cost the tool more than the
         * server spends sending it.
         */
        default boolean wantsText() {
            return true;
        }
    }

    private enum State { TEXT, IAC, OPTION, SUB, SUB_IAC, ESCAPE, CSI }

    private final Listener listener;
    private final StringBuilder line = new StringBuilder(128);
    private State state = State.TEXT;
    private byte verb;
    /** True until the current line has its first character, when {@link #collecting} is decided. */
    private boolean atLineStart = true;
    private boolean collecting = true;

    TelnetReader(Listener listener) {
        this.listener = listener;
    }

    void read(ByteBuf in) {
        while (in.isReadable()) {
            byte b = in.readByte();
            switch (state) {
                case TEXT -> text(b);
                case IAC -> command(b);
                case OPTION -> {
                    state = State.TEXT;
                    if (verb == WILL) {
                        listener.answer(b == EOR_OPTION ? DO : DONT, b);
                    } else if (verb == DO) {
                        listener.answer(WONT, b);
                    }
                }
                case SUB -> state = b == IAC ? State.SUB_IAC : State.SUB;
                case SUB_IAC -> state = b == SE ? State.TEXT : State.SUB;
                case ESCAPE -> state = b == '[' ? State.CSI : State.TEXT;
                case CSI -> {
                    if (b >= 0x40 && b <= 0x7e) {
                        state = State.TEXT;
                    }
                }
            }
        }
    }

    private void text(byte b) {
        if (b == IAC) {
            state = State.IAC;
        } else if (b == 27) {
            state = State.ESCAPE;
        } else if (b == '\n') {
            if (collectingFromHere()) {
                listener.line(line.toString());
            }
            endLine();
        } else if (b != '\r' && b != 0) {
            // Latin-1 is enough: the tool only reads the ASCII words it looks for.
            append((char) (b & 0xff));
        }
    }

    private boolean collectingFromHere() {
        if (atLineStart) {
            collecting = listener.wantsText();
            atLineStart = false;
        }
        return collecting;
    }

    private void append(char c) {
        if (collectingFromHere()) {
            line.append(c);
        }
    }

    private void endLine() {
        line.setLength(0);
        atLineStart = true;
    }

    private void command(byte b) {
        switch (b) {
            case WILL, WONT, DO, DONT -> {
                verb = b;
                state = State.OPTION;
            }
            case SB -> state = State.SUB;
            case EOR_COMMAND, GA -> {
                state = State.TEXT;
                listener.prompt(collectingFromHere() ? line.toString() : "");
                endLine();
            }
            case IAC -> {
                state = State.TEXT;
                append((char) 0xff);
            }
            default -> state = State.TEXT;
        }
    }


    /**
     * The text since the last line end, taken so it is not read again. A prompt sent before the
     * client agreed to end-of-record comes with no mark at all; the login reads it this way.
     */
    String takePartial() {
        String p = line.toString();
        endLine();
        return p;
    }

    /** True when text has arrived since the last line end. */
    boolean hasPartial() {
        return line.length() > 0;
    }
}
