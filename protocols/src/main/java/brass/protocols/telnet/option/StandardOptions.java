package brass.protocols.telnet.option;

import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The options Brass speaks, fresh for one connection, in the order they are offered at connect. */
public final class StandardOptions {

    private StandardOptions() {
    }

    /**
     * @param msspRequested called on the event loop when a crawler asks for MSSP (see {@link MsspOption});
     *                      null: MSSP is neither offered nor accepted
     * @param mccp2         offer and accept MCCP2 compression
     */
    public static List<TelnetOption> of(Consumer<Channel> msspRequested, boolean mccp2) {
        List<TelnetOption> options = new ArrayList<>();
        options.add(new TerminalTypeOption());
        options.add(new WindowSizeOption());
        options.add(new EndOfRecordOption());
        // Before GMCP's: MSDP reads the GMCP messages the session writes, which GMCP's option then sends.
        options.add(new MsdpOption());
        options.add(new GmcpOption());
        if (msspRequested != null) {
            options.add(new MsspOption(msspRequested));
        }
        if (mccp2) {
            options.add(new CompressionOption());
        }
        options.add(new CharsetOption());
        options.add(new SuppressGoAheadOption());
        options.add(new EchoOption());
        return options;
    }
}
