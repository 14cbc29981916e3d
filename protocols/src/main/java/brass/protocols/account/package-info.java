/**
 * Accounts: who may play, under which name, proven how. The {@link brass.protocols.account.AccountStore}
 * interface is asynchronous and fallible so that the durable JDBC store fits behind it; password
 * hashing is deliberately slow and runs off the game loop; name rules and login throttling are
 * shared by telnet and SSH.
 */
package brass.protocols.account;
