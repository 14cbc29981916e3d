package brass.protocols.web;

import brass.protocols.gmcp.Json;
import java.util.List;
import java.util.Map;

/**
 * The web client's messages: one JSON object per WebSocket text frame.
 *
 * <p>From the page: {@code {"line":"look"}} (a line typed, or in full-screen one key) and
 * {@code {"size":[cols,rows]}} (the terminal's size, sent at once and after each resize, as
 * telnet's NAWS). To the page: {@code {"text":"..."}} (output for the terminal, ANSI colours and
 * line endings included), {@code {"echo":false}} (hide what is typed: a password) and
 * {@code {"screen":true}} (full-screen: send each key as it is pressed).
 */
public final class WebMessages {

    /** The smallest and largest terminal side accepted; a size outside is clamped. */
    static final int MIN_SIDE = 1;
    static final int MAX_SIDE = 1000;

    private WebMessages() {
    }

    /** What the page sent. */
    public sealed interface Incoming {
    }

    /** A line the player typed (or one key, while full-screen). */
    public record Line(String text) implements Incoming {
    }

    /** The terminal's size in character cells. */
    public record Size(int columns, int rows) implements Incoming {
    }

    /** A message that is not one of the page's; its text says what was wrong. */
    public static final class BadMessage extends Exception {
        BadMessage(String why) {
            super(why);
        }
    }

    /** Reads one message from the page. */
    public static Incoming read(String frame) throws BadMessage {
        Object value;
        try {
            value = Json.parse(frame);
        } catch (Json.JsonException e) {
            throw new BadMessage("not JSON: " + e.getMessage());
        }
        if (!(value instanceof Map<?, ?> m) || m.size() != 1) {
            throw new BadMessage("expected an object with one field");
        }
        if (m.get("line") instanceof String line) {
            return new Line(line);
        }
        if (m.get("size") instanceof List<?> size && size.size() == 2
                && size.get(0) instanceof Number cols && size.get(1) instanceof Number rows) {
            return new Size(side(cols), side(rows));
        }
        throw new BadMessage("expected {\"line\":\"...\"} or {\"size\":[columns,rows]}");
    }

    private static int side(Number n) {
        double d = n.doubleValue();
        return Double.isNaN(d) ? MIN_SIDE : (int) Math.max(MIN_SIDE, Math.min(MAX_SIDE, d));
    }

    /** Output for the terminal. */
    public static String text(String ansi) {
        return "{\"text\":" + Json.write(ansi) + "}";
    }

    /** Whether the page shows what is typed (false: a password is being asked for). */
    public static String echo(boolean on) {
        return "{\"echo\":" + on + "}";
    }

    /** Whether the game draws full-screen, so that each key goes to it as pressed. */
    public static String screen(boolean on) {
        return "{\"screen\":" + on + "}";
    }
}
