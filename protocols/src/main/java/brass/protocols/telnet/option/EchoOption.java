package brass.protocols.telnet.option;

import brass.protocols.session.Output.EchoOff;
import brass.protocols.telnet.Telnet;
import io.netty.channel.ChannelPromise;

/**
 * ECHO (RFC 857), for passwords: an {@link EchoOff} asks WILL ECHO (the client stops showing what
 * is typed) or WONT ECHO. Never offered unasked, a client's own DO ECHO refused, and nothing sent to
 * a client that never negotiated.
 */
public final class EchoOption extends TelnetOption {

    public EchoOption() {
        super(Telnet.OPT_ECHO, Terms.OURS_TO_ASK);
    }

    @Override
    public boolean write(OptionContext c, Object msg, ChannelPromise promise) {
        if (!(msg instanceof EchoOff echo)) {
            return false;
        }
        if (c.profile().isNegotiating()) {
            if (echo.off()) {
                c.negotiator().enableLocal(Telnet.OPT_ECHO);
            } else {
                c.negotiator().disableLocal(Telnet.OPT_ECHO);
            }
            c.changed();
        }
        promise.trySuccess();
        return true;
    }
}
