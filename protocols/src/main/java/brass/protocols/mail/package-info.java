/**
 * Mail: a tell to a player who is not in the game, kept as a {@link brass.protocols.mail.Letter}
 * in a {@link brass.protocols.mail.MailStore} (the server's database, or memory in tests) until
 * they next come in. The store blocks; the lobby's mailbox calls it off the game loop.
 */
package brass.protocols.mail;
