package brass.protocols.telnet.option;

import io.netty.channel.ChannelPromise;

/**
 * One telnet option: its code, what we offer and accept, and what it does. One instance per
 * connection (it may keep state); every method runs on the connection's event loop.
 */
public interface TelnetOption {

    /** The option code, e.g. 31 for NAWS. */
    int code();

    /** Ask at connect to switch our side on (WILL). */
    default boolean offersLocal() {
        return false;
    }

    /** Ask at connect that the client switch its side on (DO). */
    default boolean asksRemote() {
        return false;
    }

    /** Agree when the client asks us to switch our side on (DO). */
    default boolean acceptsLocal() {
        return false;
    }

    /** Agree when the client offers to switch its side on (WILL). */
    default boolean acceptsRemote() {
        return false;
    }

    /** Our side was switched on or off. */
    default void localChanged(OptionContext c, boolean enabled) {
    }

    /** The client's side was switched on or off. */
    default void remoteChanged(OptionContext c, boolean enabled) {
    }

    /** The client sent IAC SB code payload IAC SE. */
    default void subnegotiation(OptionContext c, byte[] payload) {
    }

    /**
     * A message written down the pipeline: if it is this option's to turn into telnet, writes what
     * it stands for (or nothing), completes {@code promise} either way, and returns true.
     */
    default boolean write(OptionContext c, Object msg, ChannelPromise promise) {
        return false;
    }
}
