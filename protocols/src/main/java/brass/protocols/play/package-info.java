/**
 * From connection to character: the login dialogue (name, new character, password with the
 * echo off, throttled retries), then play, for telnet and SSH alike. The
 * {@link brass.protocols.play.Lobby} also keeps what spans connections: takeovers, link-dead
 * characters and the global chat channel.
 */
package brass.protocols.play;
