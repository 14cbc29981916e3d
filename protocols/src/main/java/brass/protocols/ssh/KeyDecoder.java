package brass.protocols.ssh;

import brass.protocols.session.PlayerInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a raw-mode terminal into {@link Key}s: UTF-8 characters, control keys, and
 * the escape sequences of xterm-like terminals (CSI and SS3 forms of the arrows, Home, End,
 * Delete). Characters {@link PlayerInput#removed} takes out of player input (C1 and
 * bidirectional controls, the byte-order mark) never become keys, so the line being edited never
 * holds one; nor do malformed or overlong UTF-8 sequences. Keeps state across calls, because a
 * sequence may be split between two SSH packets. Unknown sequences are dropped whole; the state
 * is a few bytes, so it is bounded. Not thread-safe: one per connection, fed from one thread at a
 * time.
 */
public final class KeyDecoder {

    private static final int MAX_SEQUENCE = 16;

    private enum State { GROUND, ESC, CSI, SS3 }

    /** The smallest code point a UTF-8 sequence of 1, 2, 3, 4 bytes may encode: below it, an overlong form. */
    private static final int[] UTF8_MIN = {0, 0x80, 0x800, 0x10000};

    private State state = State.GROUND;
    private final StringBuilder params = new StringBuilder();
    private int utf8Need;
    private int utf8Length;
    private int utf8Value;
    private boolean lastWasCr;

    /** Decodes {@code len} bytes from {@code off}. */
    public List<Key> decode(byte[] bytes, int off, int len) {
        List<Key> keys = new ArrayList<>();
        for (int i = off; i < off + len; i++) {
            accept(bytes[i] & 0xff, keys);
        }
        return keys;
    }

    private void accept(int b, List<Key> out) {
        switch (state) {
            case ESC -> {
                if (b == '[') {
                    state = State.CSI;
                    params.setLength(0);
                } else if (b == 'O') {
                    state = State.SS3;
                } else {
                    // Alt+key or a lone Escape: we do not use either, drop both bytes.
                    state = State.GROUND;
                }
                return;
            }
            case CSI -> {
                if ((b >= '0' && b <= '9') || b == ';') {
                    if (params.length() >= MAX_SEQUENCE) {
                        state = State.GROUND;
                    } else {
                        params.append((char) b);
                    }
                    return;
                }
                state = State.GROUND;
                csi(b, params.toString(), out);
                return;
            }
            case SS3 -> {
                state = State.GROUND;
                csi(b, "", out);
                return;
            }
            default -> {
            }
        }
        if (utf8Need > 0) {
            if ((b & 0xc0) == 0x80) {
                utf8Value = (utf8Value << 6) | (b & 0x3f);
                if (--utf8Need == 0 && typeable(utf8Value, utf8Length)) {
                    out.add(new Key.Char(utf8Value));
                }
                return;
            }
            utf8Need = 0; // a broken sequence: drop it and read this byte afresh
        }
        boolean afterCr = lastWasCr;
        lastWasCr = b == '\r';
        if (b >= 0xc0 && b < 0xf8) {
            utf8Need = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
            utf8Length = utf8Need + 1;
            utf8Value = b & (0x3f >> utf8Need);
            return;
        }
        if (b >= 0x80) {
            return;
        }
        if (b >= 0x20 && b != 0x7f) {
            out.add(new Key.Char(b));
            return;
        }
        switch (b) {
            case 0x1b -> state = State.ESC;
            case '\r' -> out.add(Key.of(Key.Kind.ENTER));
            case '\n' -> {
                // CR LF or CR NUL from a terminal is one Enter.
                if (!afterCr) {
                    out.add(Key.of(Key.Kind.ENTER));
                }
            }
            case 0x7f, 0x08 -> out.add(Key.of(Key.Kind.BACKSPACE));
            case 0x01 -> out.add(Key.of(Key.Kind.HOME));
            case 0x05 -> out.add(Key.of(Key.Kind.END));
            case 0x02 -> out.add(Key.of(Key.Kind.LEFT));
            case 0x06 -> out.add(Key.of(Key.Kind.RIGHT));
            case 0x10 -> out.add(Key.of(Key.Kind.UP));
            case 0x0e -> out.add(Key.of(Key.Kind.DOWN));
            case 0x15 -> out.add(Key.of(Key.Kind.KILL_TO_START));
            case 0x0b -> out.add(Key.of(Key.Kind.KILL_TO_END));
            case 0x17 -> out.add(Key.of(Key.Kind.KILL_WORD));
            case 0x03 -> out.add(Key.of(Key.Kind.CANCEL));
            case 0x0c -> out.add(Key.of(Key.Kind.REDRAW));
            case 0x04 -> out.add(Key.of(Key.Kind.EOF));
            case 0x09 -> out.add(new Key.Char(' '));
            default -> {
                // other control characters mean nothing here
            }
        }
    }

    /**
     * Whether a decoded sequence is a character a player may type: not an overlong form (which
     * would smuggle ASCII, or a C1 control such as CSI, past the checks), not a surrogate or beyond
     * Unicode, and not one that player input never holds.
     */
    private static boolean typeable(int codePoint, int length) {
        return codePoint >= UTF8_MIN[length - 1] && Character.isValidCodePoint(codePoint)
                && !(codePoint >= 0xd800 && codePoint <= 0xdfff) && !PlayerInput.removed(codePoint);
    }

    private static void csi(int finalByte, String params, List<Key> out) {
        switch (finalByte) {
            case 'A' -> out.add(Key.of(Key.Kind.UP));
            case 'B' -> out.add(Key.of(Key.Kind.DOWN));
            case 'C' -> out.add(Key.of(Key.Kind.RIGHT));
            case 'D' -> out.add(Key.of(Key.Kind.LEFT));
            case 'H' -> out.add(Key.of(Key.Kind.HOME));
            case 'F' -> out.add(Key.of(Key.Kind.END));
            case '~' -> {
                String first = params.contains(";") ? params.substring(0, params.indexOf(';')) : params;
                switch (first) {
                    case "1", "7" -> out.add(Key.of(Key.Kind.HOME));
                    case "4", "8" -> out.add(Key.of(Key.Kind.END));
                    case "3" -> out.add(Key.of(Key.Kind.DELETE));
                    default -> {
                        // Insert, Page Up/Down, function keys: unused
                    }
                }
            }
            default -> {
                // unknown sequence: dropped whole
            }
        }
    }
}
