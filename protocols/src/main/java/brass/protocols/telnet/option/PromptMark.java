package brass.protocols.telnet.option;

/** Written after a prompt's text: the option layer adds the mark the client understands (IAC EOR, IAC GA, or nothing). */
public record PromptMark() {
}
