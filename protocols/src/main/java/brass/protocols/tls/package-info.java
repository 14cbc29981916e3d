/**
 * Encryption for the listeners: {@link brass.protocols.tls.TlsContext} holds a certificate and its
 * key, read from PEM files as a Let's Encrypt client writes them ({@link brass.protocols.tls.PemFiles})
 * or made once, self-signed, into the data folder ({@link brass.protocols.tls.SelfSigned}); it gives
 * each new connection a Netty {@code SslHandler} and swaps in a renewed certificate when the files
 * change. The TLS telnet port uses it; any other Netty listener (a web page over HTTPS) can too.
 */
package brass.protocols.tls;
