package brass.protocols.telnet.option;

import brass.protocols.telnet.Telnet;

/** SGA (RFC 858): agreed either way if the client asks; while ours is on, prompts get no IAC GA. */
public final class SuppressGoAheadOption implements TelnetOption {

    @Override
    public int code() {
        return Telnet.OPT_SGA;
    }

    @Override
    public boolean acceptsLocal() {
        return true;
    }

    @Override
    public boolean acceptsRemote() {
        return true;
    }
}
