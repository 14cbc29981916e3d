package brass.protocols.telnet.option;

import brass.protocols.telnet.Telnet;
import brass.protocols.telnet.TelnetCommand;
import io.netty.channel.ChannelPromise;

/**
 * EOR (RFC 885) and the end of a prompt: a {@link PromptMark} becomes IAC EOR once the client
 * agreed, else IAC GA for a telnet client without SGA, else nothing (netcat sees no noise).
 */
public final class EndOfRecordOption extends TelnetOption {

    public EndOfRecordOption() {
        super(Telnet.OPT_EOR, Terms.OFFERED);
    }

    @Override
    public boolean write(OptionContext c, Object msg, ChannelPromise promise) {
        if (!(msg instanceof PromptMark)) {
            return false;
        }
        int command = promptCommand(c);
        if (command >= 0) {
            c.forward(new TelnetCommand(command), promise);
        } else {
            promise.trySuccess();
        }
        return true;
    }

    /** The telnet command that ends a prompt on this connection (EOR or GA), or -1 for none. */
    static int promptCommand(OptionContext c) {
        if (c.negotiator().isLocalEnabled(Telnet.OPT_EOR)) {
            return Telnet.EOR;
        }
        if (c.profile().isNegotiating() && !c.negotiator().isLocalEnabled(Telnet.OPT_SGA)) {
            return Telnet.GA;
        }
        return -1;
    }
}
