package brass.protocols.telnet.option;

import brass.protocols.telnet.Telnet;
import brass.protocols.telnet.TelnetSubnegotiation;
import io.netty.channel.Channel;
import io.netty.channel.ChannelPromise;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * MSSP, for MUD crawlers: on DO MSSP the option asks for the variables (whoever gathers them writes
 * {@link MsspVariables} to the channel), and writes them as MSSP_VAR name MSSP_VAL value....
 */
public final class MsspOption extends TelnetOption {

    private final Consumer<Channel> requested;

    /** @param requested called on the event loop when the client asks; it writes {@link MsspVariables} to the channel */
    public MsspOption(Consumer<Channel> requested) {
        super(Telnet.OPT_MSSP, Terms.OFFERED);
        this.requested = requested;
    }

    @Override
    public void localChanged(OptionContext c, boolean enabled) {
        if (enabled) {
            requested.accept(c.handlerContext().channel());
        }
    }

    @Override
    public boolean write(OptionContext c, Object msg, ChannelPromise promise) {
        if (!(msg instanceof MsspVariables mssp)) {
            return false;
        }
        if (c.negotiator().isLocalEnabled(Telnet.OPT_MSSP)) {
            c.forward(new TelnetSubnegotiation(Telnet.OPT_MSSP, encode(mssp.variables())), promise);
        } else {
            promise.trySuccess();
        }
        return true;
    }

    private static byte[] encode(Map<String, List<String>> variables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, List<String>> e : variables.entrySet()) {
            out.write(Telnet.MSSP_VAR);
            writeText(e.getKey(), out);
            for (String v : e.getValue()) {
                out.write(Telnet.MSSP_VAL);
                writeText(v, out);
            }
        }
        return out.toByteArray();
    }

    /** UTF-8 without the bytes that would end a name or value (NUL, the markers, IAC). */
    private static void writeText(String s, ByteArrayOutputStream out) {
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            if (b != 0 && b != Telnet.MSSP_VAR && b != Telnet.MSSP_VAL && b != (byte) Telnet.IAC) {
                out.write(b);
            }
        }
    }
}
