/**
 * What protects the server from a client, or a crowd of them, that will not play fair: the
 * {@link brass.protocols.guard.ClientAddress} every limit is counted against (an IP, or an IPv6
 * /64), the {@link brass.protocols.guard.ConnectionGate} that caps connections per address and
 * in total for telnet and SSH together, and the {@link brass.protocols.guard.LogLimiter} that
 * keeps what a client makes the server log to a bounded number of lines with a truthful summary.
 * {@link brass.protocols.guard.Guard} is the one instance of these that both listeners share.
 */
package brass.protocols.guard;
