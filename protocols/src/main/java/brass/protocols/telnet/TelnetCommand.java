package brass.protocols.telnet;

/** A two-byte telnet command such as IAC GA, IAC NOP or IAC AYT. */
public record TelnetCommand(int command) {
}
