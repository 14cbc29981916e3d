/**
 * GMCP (Generic MUD Communication Protocol) messages: {@code Package.Message json}. A tiny JSON
 * writer and reader (no dependency), the message value, and builders for the common packages
 * (Char, Room, Comm). The telnet layer carries them in IAC SB 201 ... IAC SE.
 */
package brass.protocols.gmcp;
