package brass.protocols.telnet;

/** Something the line decoder wants the player told, such as an over-long line being cut. */
public record InputNotice(String message) {
}
