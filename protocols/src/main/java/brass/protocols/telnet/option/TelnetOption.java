package brass.protocols.telnet.option;

import io.netty.channel.ChannelPromise;

/**
 * One telnet option: its code, its {@link Terms}, and what it does. One instance per connection
 * (it may keep state); every method runs on the connection's event loop.
 */
public abstract class TelnetOption {

    /**
     * What an option asks for at connect and agrees to when the client asks first.
     *
     * @param offerLocal  send WILL at connect
     * @param askRemote   send DO at connect
     * @param acceptLocal agree to the client's DO
     * @param acceptRemote agree to the client's WILL
     */
    public record Terms(boolean offerLocal, boolean askRemote, boolean acceptLocal, boolean acceptRemote) {
        /** We offer WILL at connect and agree to DO. */
        public static final Terms OFFERED = new Terms(true, false, true, false);
        /** We ask DO at connect and agree to WILL. */
        public static final Terms ASKED = new Terms(false, true, false, true);
        /** On only when we ask for it, later; the client's own request is refused. */
        public static final Terms OURS_TO_ASK = new Terms(false, false, false, false);
    }

    private final int code;
    private final Terms terms;

    protected TelnetOption(int code, Terms terms) {
        this.code = code;
        this.terms = terms;
    }

    /** The option code, e.g. 31 for NAWS. */
    public final int code() {
        return code;
    }

    public final Terms terms() {
        return terms;
    }

    /** Our side was switched on or off. */
    public void localChanged(OptionContext c, boolean enabled) {
    }

    /** The client's side was switched on or off. */
    public void remoteChanged(OptionContext c, boolean enabled) {
    }

    /** The client sent IAC SB code payload IAC SE. */
    public void subnegotiation(OptionContext c, byte[] payload) {
    }

    /**
     * A message written down the pipeline: if it is this option's to turn into telnet, writes what
     * it stands for (or nothing), completes {@code promise} either way, and returns true.
     */
    public boolean write(OptionContext c, Object msg, ChannelPromise promise) {
        return false;
    }
}
