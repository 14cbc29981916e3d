package brass.protocols.telnet;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * Telnet data bytes already escaped (every 0xFF doubled), such as a {@link SharedText}'s: the
 * {@link TelnetEncoder} passes them on as they are.
 */
public final class EscapedData extends DefaultByteBufHolder {

    public EscapedData(ByteBuf data) {
        super(data);
    }
}
