/**
 * Telnet options, one class per option, behind the RFC 1143 negotiator
 * ({@link brass.protocols.telnet.OptionNegotiator}) that {@link brass.protocols.telnet.TelnetOptionHandler}
 * runs for them. Each {@link brass.protocols.telnet.option.TelnetOption} says what it offers and
 * accepts, what it does when switched on or off or sent a subnegotiation, and which messages written
 * down the pipeline it turns into telnet ({@link brass.protocols.telnet.option.PromptMark},
 * the session's {@link brass.protocols.session.Output.EchoOff}, {@code GmcpMessage},
 * {@link brass.protocols.telnet.option.MsspVariables}, text). What the options learn goes into one
 * {@link brass.protocols.telnet.option.ClientProfile}.
 *
 * <p>A new option is one class here and one line in {@link brass.protocols.telnet.option.StandardOptions}.
 */
package brass.protocols.telnet.option;
