package brass.protocols.telnet.option;

import brass.protocols.telnet.Telnet;
import brass.protocols.telnet.TelnetSubnegotiation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TTYPE (RFC 1091) with MTTS: up to three SEND requests. The first answer is the client name, the
 * second the terminal type, the third "MTTS bits"; a repeated answer ends the cycle early.
 */
public final class TerminalTypeOption extends TelnetOption {

    private static final Logger log = LoggerFactory.getLogger(TerminalTypeOption.class);
    private static final int MAX_REQUESTS = 3;

    private int requests;
    private String last;

    public TerminalTypeOption() {
        super(Telnet.OPT_TTYPE, Terms.ASKED);
    }

    @Override
    public void remoteChanged(OptionContext c, boolean enabled) {
        if (enabled && requests == 0) {
            request(c);
        }
    }

    @Override
    public void subnegotiation(OptionContext c, byte[] p) {
        if (p.length > 0 && p[0] == Telnet.TTYPE_IS) {
            is(c, ClientProfile.ascii(p, 1));
        }
    }

    private void request(OptionContext c) {
        if (requests < MAX_REQUESTS && c.negotiator().isRemoteEnabled(Telnet.OPT_TTYPE)) {
            requests++;
            c.send(new TelnetSubnegotiation(Telnet.OPT_TTYPE, new byte[] {Telnet.TTYPE_SEND}));
        }
    }

    private void is(OptionContext c, String name) {
        if (requests == 0 || name.equals(last)) {
            return;
        }
        last = name;
        c.changed();
        ClientProfile profile = c.profile();
        if (name.regionMatches(true, 0, "MTTS ", 0, 5)) {
            // The MTTS bit field ends the cycle, whichever reply it comes in.
            try {
                profile.mtts = Integer.parseInt(name.substring(5).strip());
                if (profile.mttsSaysUtf8()) {
                    profile.utf8 = true;
                }
            } catch (NumberFormatException e) {
                log.debug("{}: bad MTTS '{}'", c.handlerContext().channel(), name);
            }
            return;
        }
        switch (requests) {
            case 1 -> {
                profile.clientName = name;
                profile.terminalType = name;
            }
            case 2 -> profile.terminalType = name;
            default -> {
                return;
            }
        }
        request(c);
    }
}
