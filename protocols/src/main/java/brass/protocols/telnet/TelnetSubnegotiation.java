package brass.protocols.telnet;

import java.util.Arrays;

/** IAC SB option payload IAC SE; the payload is unescaped (IAC IAC already reduced to one 0xFF). */
public record TelnetSubnegotiation(int option, byte[] payload) {

    @Override
    public boolean equals(Object o) {
        return o instanceof TelnetSubnegotiation s && s.option == option && Arrays.equals(s.payload, payload);
    }

    @Override
    public int hashCode() {
        return option * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "SB " + Telnet.optionName(option) + " " + Arrays.toString(payload);
    }
}
