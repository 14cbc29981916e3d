/**
 * SSH on Apache MINA SSHD: the second door into the same game as telnet.
 * <ul>
 *   <li>{@link brass.protocols.ssh.SshGameServer}: the listener, host key, authentication
 *       (password through the lobby's throttle, public keys from the account, {@code new} for
 *       newcomers) and the lock-down (no forwarding, subsystems or exec);</li>
 *   <li>{@link brass.protocols.ssh.HostKey}: the host key, made once and kept, or the start refused;</li>
 *   <li>{@code GameShell}: one asynchronous shell, the {@code Transport} of a
 *       {@code GameConnection}, so the game side is the same as telnet's; its view and writes run on
 *       its own serial executor, never under a lock the game loop takes; {@code ShellTerminal}: what
 *       the client's request says of its terminal (PTY, TERM, size, colours), so which view it gets;</li>
 *   <li>{@link brass.protocols.ssh.TerminalScreen} with {@link brass.protocols.ssh.KeyDecoder} and
 *       {@link brass.protocols.ssh.LineEditor}: the full-screen view of a PTY session as pure,
 *       testable models (scroll region, status line, an edited input line with history);
 *       {@link brass.protocols.ssh.LineSplitter}: line mode without a PTY;</li>
 *   <li>{@link brass.protocols.ssh.KeysCommand}: the in-game {@code keys} command.</li>
 * </ul>
 * See docs/PROTOCOLS.md.
 */
package brass.protocols.ssh;
