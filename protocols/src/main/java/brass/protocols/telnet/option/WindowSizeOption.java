package brass.protocols.telnet.option;

import brass.protocols.telnet.Telnet;

/** NAWS (RFC 1073): the window's width and height, followed on every resize; a zero keeps what we had. */
public final class WindowSizeOption extends TelnetOption {

    public WindowSizeOption() {
        super(Telnet.OPT_NAWS, Terms.ASKED);
    }

    @Override
    public void subnegotiation(OptionContext c, byte[] p) {
        if (p.length != 4 || !c.negotiator().isRemoteEnabled(Telnet.OPT_NAWS)) {
            return;
        }
        int w = (p[0] & 0xff) << 8 | p[1] & 0xff;
        int h = (p[2] & 0xff) << 8 | p[3] & 0xff;
        if (w > 0) {
            c.profile().width = w;
        }
        if (h > 0) {
            c.profile().height = h;
        }
        c.changed();
    }
}
