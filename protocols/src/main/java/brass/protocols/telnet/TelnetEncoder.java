package brass.protocols.telnet;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.MessageToByteEncoder;

/**
 * Writes telnet: plain data {@link ByteBuf}s with every 0xFF doubled, and
 * {@link TelnetCommand}, {@link TelnetNegotiation} and {@link TelnetSubnegotiation} (whose
 * payload is escaped too) as their IAC sequences. {@link EscapedData} (bytes escaped already, as
 * many connections share them) passes on untouched. Stateless, so one instance may be shared.
 */
@ChannelHandler.Sharable
public final class TelnetEncoder extends MessageToByteEncoder<Object> {

    public TelnetEncoder() {
        super(Object.class);
    }

    @Override
    public boolean acceptOutboundMessage(Object msg) {
        return msg instanceof ByteBuf || msg instanceof TelnetCommand || msg instanceof TelnetNegotiation
                || msg instanceof TelnetSubnegotiation;
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof EscapedData escaped) {
            ctx.write(escaped.content(), promise);
        } else if (msg instanceof TextRun run) {
            // Only without the option handler in the pipeline: UTF-8, as the default is, and no
            // prompt marks, as for a client that negotiates nothing.
            ctx.write(run.encode(ctx.alloc(), true, -1), promise);
        } else {
            super.write(ctx, msg, promise);
        }
    }

    @Override
    protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, Object msg, boolean preferDirect) {
        int size = msg instanceof ByteBuf b ? b.readableBytes() + 16
                : msg instanceof TelnetSubnegotiation s ? s.payload().length + 8 : 3;
        return ctx.alloc().ioBuffer(size);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object msg, ByteBuf out) {
        if (msg instanceof ByteBuf data) {
            writeEscaped(data, data.readerIndex(), data.writerIndex(), out);
            data.skipBytes(data.readableBytes());
        } else if (msg instanceof TelnetNegotiation n) {
            out.writeByte(Telnet.IAC).writeByte(n.verb()).writeByte(n.option());
        } else if (msg instanceof TelnetCommand c) {
            out.writeByte(Telnet.IAC).writeByte(c.command());
        } else {
            TelnetSubnegotiation s = (TelnetSubnegotiation) msg;
            out.writeByte(Telnet.IAC).writeByte(Telnet.SB).writeByte(s.option());
            for (byte b : s.payload()) {
                out.writeByte(b);
                if (b == (byte) Telnet.IAC) {
                    out.writeByte(b);
                }
            }
            out.writeByte(Telnet.IAC).writeByte(Telnet.SE);
        }
    }

    static void writeEscaped(ByteBuf data, int from, int to, ByteBuf out) {
        int i = from;
        while (i < to) {
            int iac = data.indexOf(i, to, (byte) Telnet.IAC);
            int end = iac < 0 ? to : iac + 1;
            out.writeBytes(data, i, end - i);
            if (iac >= 0) {
                out.writeByte(Telnet.IAC);
            }
            i = end;
        }
    }
}
