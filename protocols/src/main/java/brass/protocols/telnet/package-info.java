/**
 * Telnet on Netty. The pipeline of each client, from the socket inwards:
 * <ol>
 *   <li>{@link brass.protocols.telnet.TelnetDecoder} / {@link brass.protocols.telnet.TelnetEncoder}:
 *       IAC framing (data, commands, negotiations, bounded subnegotiations; 0xFF doubling);</li>
 *   <li>{@code mccp2}: Netty's zlib encoder, inserted only once the client agrees to MCCP2;</li>
 *   <li>{@link brass.protocols.telnet.TelnetOptionHandler}: RFC 1143 negotiation
 *       ({@link brass.protocols.telnet.OptionNegotiator}) for the options of
 *       {@link brass.protocols.telnet.option}, one class each (ECHO, SGA, NAWS, TTYPE/MTTS, CHARSET,
 *       EOR, MSSP, GMCP, MCCP2), producing {@code ClientCapabilities}; on the way out it turns the
 *       session's messages (text, prompt mark, echo off, GMCP, MSSP) into telnet;</li>
 *   <li>{@link brass.protocols.telnet.TelnetLineDecoder}: lines, UTF-8 or Latin-1, editing keys, bounds;</li>
 *   <li>{@link brass.protocols.telnet.TelnetSessionHandler}: the bridge to the game loop.</li>
 * </ol>
 * {@link brass.protocols.telnet.TelnetServer} binds it all. A line many connections are told (an
 * event's bystanders) is a {@link brass.protocols.telnet.SharedText}: its bytes are made once per
 * charset and every connection writes a retained duplicate of them. See docs/PROTOCOLS.md.
 */
package brass.protocols.telnet;
