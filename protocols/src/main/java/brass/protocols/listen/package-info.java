/**
 * The life of a listening socket that every network protocol shares: Netty's I/O threads, the
 * bound port, the shared connection gate asked before anything else, the set of open clients,
 * and an orderly close that bids each one goodbye. What each protocol puts in an admitted
 * connection's pipeline, and how it turns a refused one away, stays with the protocol.
 */
package brass.protocols.listen;
