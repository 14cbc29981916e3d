package brass.protocols.telnet.option;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MSDP's data in bytes (the Mud Server Data Protocol, telnet option 69): a variable is
 * {@code MSDP_VAR name MSDP_VAL value}; a value is text, a table ({@code MSDP_TABLE_OPEN}
 * {@code MSDP_VAR k MSDP_VAL v}... {@code MSDP_TABLE_CLOSE}) or an array ({@code MSDP_ARRAY_OPEN}
 * {@code MSDP_VAL v}... {@code MSDP_ARRAY_CLOSE}).
 */
public final class MsdpData {

    public static final int VAR = 1;
    public static final int VAL = 2;
    public static final int TABLE_OPEN = 3;
    public static final int TABLE_CLOSE = 4;
    public static final int ARRAY_OPEN = 5;
    public static final int ARRAY_CLOSE = 6;

    /** A command or variable the client sent: its name and the values after it, arrays flattened. */
    public record Sent(String name, List<String> values) {
    }

    private MsdpData() {
    }

    /** {@code MSDP_VAR name MSDP_VAL value}, the value text, a {@link Map} (a table) or a {@link List} (an array). */
    public static byte[] variable(String name, Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(VAR);
        text(out, name);
        out.write(VAL);
        value(out, value);
        return out.toByteArray();
    }

    private static void value(ByteArrayOutputStream out, Object value) {
        if (value instanceof Map<?, ?> table) {
            out.write(TABLE_OPEN);
            for (Map.Entry<?, ?> e : table.entrySet()) {
                out.write(VAR);
                text(out, String.valueOf(e.getKey()));
                out.write(VAL);
                value(out, e.getValue());
            }
            out.write(TABLE_CLOSE);
        } else if (value instanceof List<?> array) {
            out.write(ARRAY_OPEN);
            for (Object v : array) {
                out.write(VAL);
                value(out, v);
            }
            out.write(ARRAY_CLOSE);
        } else {
            text(out, String.valueOf(value));
        }
    }

    /** Text with MSDP's six marks (and IAC, which the encoder doubles) left out: they cannot be in a value. */
    private static void text(ByteArrayOutputStream out, String text) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (b < VAR || b > ARRAY_CLOSE) {
                out.write(b);
            }
        }
    }

    /**
     * What a client's subnegotiation holds: each {@code MSDP_VAR name} with the values after it,
     * one or several {@code MSDP_VAL}s or an array of them, as TinTin++ and MUSHclient send them.
     * Tables sent by a client are skipped (no command takes one); malformed input yields what could be read.
     */
    public static List<Sent> parse(byte[] payload) {
        List<Sent> sent = new ArrayList<>();
        String name = null;
        List<String> values = new ArrayList<>();
        int tables = 0;
        StringBuilder text = null;
        boolean textIsName = false;
        for (int i = 0; i <= payload.length; i++) {
            int b = i == payload.length ? -1 : payload[i] & 0xff;
            if (b > ARRAY_CLOSE || b == 0) {
                if (text != null) {
                    text.append((char) b);
                }
                continue;
            }
            if (b == TABLE_OPEN || b == ARRAY_OPEN) {
                // The VAL before it began a table or an array, not a text value.
                text = null;
            }
            if (text != null) {
                String read = new String(latin1(text), StandardCharsets.UTF_8);
                if (textIsName) {
                    name = read;
                } else {
                    values.add(read);
                }
                text = null;
            }
            if (b == TABLE_OPEN) {
                tables++;
            } else if (b == TABLE_CLOSE) {
                tables = Math.max(0, tables - 1);
            } else if (tables > 0 || b == ARRAY_OPEN || b == ARRAY_CLOSE) {
                continue;
            } else if (b == VAR) {
                if (name != null) {
                    sent.add(new Sent(name, List.copyOf(values)));
                }
                name = null;
                values.clear();
                text = new StringBuilder();
                textIsName = true;
            } else if (b == VAL) {
                if (name != null) {
                    text = new StringBuilder();
                    textIsName = false;
                }
            } else if (name != null) {
                sent.add(new Sent(name, List.copyOf(values)));
            }
        }
        return sent;
    }

    private static byte[] latin1(StringBuilder chars) {
        byte[] bytes = new byte[chars.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) chars.charAt(i);
        }
        return bytes;
    }
}
