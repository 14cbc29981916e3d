/**
 * The web client: a page with a terminal (xterm.js, served from its WebJar) that plays over a
 * WebSocket. The pipeline of each connection, from the socket inwards:
 * <ol>
 *   <li>Netty's HTTP codec and a small aggregator (a request with a body is refused);</li>
 *   <li>{@link brass.protocols.web.WebPageHandler}: GET of the page and its assets
 *       ({@link brass.protocols.web.WebAssets}), nothing else; the WebSocket path passes on only
 *       with an {@code Origin} that is the page's own;</li>
 *   <li>Netty's {@code WebSocketServerProtocolHandler} (the handshake, frame size limit, ping,
 *       close) and frame aggregator;</li>
 *   <li>{@link brass.protocols.web.WebSessionHandler}: JSON messages ({@link brass.protocols.web.WebMessages})
 *       to and from the game loop, the {@code Transport} of a {@code GameConnection}, as telnet's
 *       session handler is.</li>
 * </ol>
 * {@link brass.protocols.web.WebServer} binds it all. See docs/PROTOCOLS.md.
 */
package brass.protocols.web;
