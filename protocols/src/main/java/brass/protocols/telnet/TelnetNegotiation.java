package brass.protocols.telnet;

/** IAC WILL/WONT/DO/DONT option. */
public record TelnetNegotiation(int verb, int option) {

    @Override
    public String toString() {
        return Telnet.verbName(verb) + " " + Telnet.optionName(option);
    }
}
