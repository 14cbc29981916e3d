package brass.protocols.telnet.option;

import brass.protocols.telnet.Telnet;

/** SGA (RFC 858): agreed either way if the client asks; while ours is on, prompts get no IAC GA. */
public final class SuppressGoAheadOption extends TelnetOption {

    public SuppressGoAheadOption() {
        super(Telnet.OPT_SGA, new Terms(false, false, true, true));
    }
}
