/**
 * The local control channel: how {@code bin/brass backup} and {@code bin/brass admin} reach a
 * running server without anything else reaching its database. The server listens on a Unix
 * socket in an owner-only folder of the data folder (a loopback TCP port where Unix sockets are
 * unavailable) and answers only a request that carries the secret it wrote, owner-only, beside
 * it at start. One request per connection, one answer, then the server closes.
 */
package brass.server.control;
