package brass.protocols.telnet.option;

/** Written to ask the client to stop (true) or resume (false) echoing what the player types. */
public record EchoOff(boolean off) {
}
