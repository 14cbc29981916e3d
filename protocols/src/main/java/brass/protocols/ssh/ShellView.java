package brass.protocols.ssh;

import java.util.List;

/**
 * What an SSH shell with a PTY shows, as a pure model: keys in, lines and bytes out; game text
 * in, bytes out. {@link TerminalScreen} is the full-screen view (a terminal that moves its
 * cursor); {@link PlainTerminal} the line view for one that cannot ({@code TERM=dumb}). Either
 * keeps the line being typed apart from the game's text, so the game never needs to show its
 * prompt again itself.
 */
interface ShellView {

    int width();

    int height();

    /** The bytes that set the terminal up. */
    String start();

    /** The bytes that hand the terminal back at the end. */
    String finish();

    /** Game text (rendered, lines ended with CR LF). */
    String output(String rendered);

    /** A new prompt (rendered). */
    String prompt(String rendered);

    /** Echo off (a password is being typed) or back on. */
    String echoOff(boolean off);

    /** The terminal changed size. */
    String resize(int newWidth, int newHeight);

    /** Applies keys: the lines entered, and what to send back. */
    TerminalScreen.Input keys(List<Key> keys);

    /** The status line, where the view has one. */
    default String status(Status newStatus) {
        return "";
    }
}
