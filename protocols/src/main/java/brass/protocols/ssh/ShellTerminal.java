package brass.protocols.ssh;

import brass.protocols.render.ColourLevel;
import brass.protocols.session.ClientCapabilities;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.sshd.server.Environment;

/**
 * What an SSH client's session request says about its terminal: whether it asked for a PTY, its
 * TERM, size and colours; and so which view the shell gives it. The full screen needs a PTY and a
 * terminal that is not {@code dumb}; without a PTY ({@code ssh -T}) there are no colours either.
 */
record ShellTerminal(String term, boolean pty, int width, int height, ColourLevel colours) {

    /** Reads the environment MINA gathered from the client's PTY and env requests. */
    static ShellTerminal of(Environment env) {
        Map<String, String> vars = env.getEnv();
        String term = vars.getOrDefault(Environment.ENV_TERM, "");
        boolean pty = !env.getPtyModes().isEmpty() || vars.containsKey(Environment.ENV_COLUMNS);
        int width = size(vars.get(Environment.ENV_COLUMNS), ClientCapabilities.DEFAULT_WIDTH);
        int height = size(vars.get(Environment.ENV_LINES), ClientCapabilities.DEFAULT_HEIGHT);
        ColourLevel colours = pty ? colourLevel(term, vars.getOrDefault("COLORTERM", "")) : ColourLevel.NONE;
        return new ShellTerminal(term, pty, width, height, colours);
    }

    /** True when the player gets the full-screen view rather than plain lines. */
    boolean fullScreen() {
        return pty && !term.isEmpty() && !term.equalsIgnoreCase("dumb");
    }

    /** What the game learns of this terminal, at {@code width} by {@code height} (the view may have bounded them). */
    ClientCapabilities capabilities(int width, int height) {
        return new ClientCapabilities(width, height, term.toUpperCase(Locale.ROOT), "ssh", colours,
                true, 0, false, Set.of(), false, true, false, false, pty, false);
    }

    /** The colours a TERM (and COLORTERM, where the client passed it) promise. */
    static ColourLevel colourLevel(String term, String colorTerm) {
        String c = colorTerm.toLowerCase(Locale.ROOT);
        if (c.equals("truecolor") || c.equals("24bit")) {
            return ColourLevel.TRUECOLOR;
        }
        return ClientCapabilities.colourLevelOf(0, term, "");
    }

    /** A count of columns or rows as the client sent it, or {@code fallback} when it sent none that makes sense. */
    static int size(String value, int fallback) {
        try {
            int n = value == null ? fallback : Integer.parseInt(value.trim());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
