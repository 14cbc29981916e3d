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
        if (c.negotiator().isLocalEnabled(Telnet.OPT_EOR)) {
            c.forward(new TelnetCommand(Telnet.EOR), promise);
        } else if (c.profile().isNegotiating() && !c.negotiator().isLocalEnabled(Telnet.OPT_SGA)) {
            c.forward(new TelnetCommand(Telnet.GA), promise);
        } else {
            promise.trySuccess();
        }
        return true;
    }
}
