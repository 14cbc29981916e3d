package brass.protocols.telnet.option;

import brass.protocols.telnet.Telnet;
import brass.protocols.telnet.TelnetEncoder;
import brass.protocols.telnet.TelnetSubnegotiation;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.compression.JdkZlibEncoder;
import io.netty.handler.codec.compression.ZlibWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCCP2: once agreed, IAC SB COMPRESS2 IAC SE goes out and Netty's zlib encoder is put between the
 * telnet encoder and the socket, so everything after that marker is compressed; on DONT the zlib
 * stream is ended properly and output goes on plain.
 */
public final class CompressionOption extends TelnetOption {

    private static final Logger log = LoggerFactory.getLogger(CompressionOption.class);

    private JdkZlibEncoder compressor;

    public CompressionOption() {
        super(Telnet.OPT_MCCP2, Terms.OFFERED);
    }

    @Override
    public void localChanged(OptionContext c, boolean enabled) {
        if (enabled) {
            start(c);
        } else {
            stop(c);
        }
    }

    private void start(OptionContext c) {
        if (compressor != null) {
            return;
        }
        // The marker goes out uncompressed; everything written after it is compressed.
        c.send(new TelnetSubnegotiation(Telnet.OPT_MCCP2, new byte[0]));
        compressor = new JdkZlibEncoder(ZlibWrapper.ZLIB, 6);
        ChannelHandlerContext ctx = c.handlerContext();
        ChannelHandlerContext encoder = ctx.pipeline().context(TelnetEncoder.class);
        ctx.pipeline().addBefore(encoder != null ? encoder.name() : ctx.name(), "mccp2", compressor);
        c.profile().compressing = true;
        log.debug("{}: MCCP2 compression on", ctx.channel());
    }

    private void stop(OptionContext c) {
        if (compressor == null) {
            return;
        }
        JdkZlibEncoder ending = compressor;
        compressor = null;
        ending.close();
        c.handlerContext().pipeline().remove(ending);
        c.profile().compressing = false;
        c.flushLater();
        log.debug("{}: MCCP2 compression off", c.handlerContext().channel());
    }
}
