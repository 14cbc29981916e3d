package brass.protocols.telnet.option;

import brass.protocols.session.ClientCapabilities;
import brass.protocols.telnet.OptionNegotiator;
import brass.protocols.telnet.Telnet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the options have learned of one client, read as one {@link ClientCapabilities}. Mutable,
 * written only by the options on the connection's event loop; the negotiator holds the rest (which
 * options are on).
 */
public final class ClientProfile {

    /** The longest name (terminal type, client name, GMCP package) kept. */
    static final int MAX_NAME = 64;
    /** The most GMCP packages kept. */
    static final int MAX_GMCP_PACKAGES = 64;

    int width = ClientCapabilities.DEFAULT_WIDTH;
    int height = ClientCapabilities.DEFAULT_HEIGHT;
    String terminalType = "";
    String clientName = "";
    int mtts;
    boolean utf8 = true;
    final Set<String> gmcpPackages = new LinkedHashSet<>();
    boolean compressing;
    private boolean negotiating;

    /** The client has sent a telnet command: it is a telnet client, not netcat. */
    public void negotiating() {
        negotiating = true;
    }

    boolean isNegotiating() {
        return negotiating;
    }

    /** Whether output should be UTF-8 (else Latin-1). */
    boolean utf8() {
        return utf8;
    }

    /** The MTTS bit field said UTF-8: no CHARSET refusal takes it back. */
    boolean mttsSaysUtf8() {
        return (mtts & ClientCapabilities.MTTS_UTF8) != 0;
    }

    public ClientCapabilities capabilities(OptionNegotiator negotiator) {
        return new ClientCapabilities(width, height, terminalType, clientName,
                ClientCapabilities.colourLevelOf(mtts, terminalType, clientName), utf8, mtts,
                negotiator.isLocalEnabled(Telnet.OPT_GMCP), gmcpPackages, negotiator.isLocalEnabled(Telnet.OPT_ECHO),
                negotiator.isLocalEnabled(Telnet.OPT_SGA), negotiator.isLocalEnabled(Telnet.OPT_EOR),
                compressing, negotiating, negotiator.isLocalEnabled(Telnet.OPT_MSDP));
    }

    /** The printable ASCII of {@code p} from {@code from}, at most {@link #MAX_NAME} characters. */
    static String ascii(byte[] p, int from) {
        StringBuilder sb = new StringBuilder(p.length);
        for (int i = from; i < p.length && sb.length() < MAX_NAME; i++) {
            int c = p[i] & 0xff;
            if (c >= 0x20 && c < 0x7f) {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    static String limit(String s) {
        return s.length() > MAX_NAME ? s.substring(0, MAX_NAME) : s;
    }
}
