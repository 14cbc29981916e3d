package brass.protocols.telnet;

import brass.protocols.session.ClientCapabilities;
import brass.protocols.telnet.option.ClientProfile;
import brass.protocols.telnet.option.OptionContext;
import brass.protocols.telnet.option.StandardOptions;
import brass.protocols.telnet.option.TelnetOption;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The option layer: runs the RFC 1143 negotiation ({@link OptionNegotiator}) for a set of
 * {@link TelnetOption}s, hands each its subnegotiations, and passes what they learn inbound as
 * {@link ClientCapabilities} (after the plain data {@link ByteBuf}s of the same read, and after a
 * batch of writes). Messages written down the pipeline (text, a prompt mark, echo off, GMCP, MSSP)
 * are turned into telnet by the option they belong to, as Netty's encoders do; anything else
 * passes on to the encoder.
 *
 * <p>At connect it offers what its options offer. A client that answers nothing (netcat) gets no
 * GA, no ECHO changes, and plain text.
 */
public final class TelnetOptionHandler extends ChannelDuplexHandler implements OptionNegotiator.Peer {

    private static final Logger log = LoggerFactory.getLogger(TelnetOptionHandler.class);
    private static final byte[] ARE_YOU_THERE_ANSWER = "[Brass: yes]\r\n".getBytes(StandardCharsets.US_ASCII);

    private final List<TelnetOption> options;
    private final TelnetOption[] byCode = new TelnetOption[256];
    private final OptionNegotiator negotiator;
    private final ClientProfile profile = new ClientProfile();
    private final Context context = new Context();
    private ChannelHandlerContext ctx;
    private boolean offered;
    private boolean reading;
    private boolean needsFlush;
    private boolean capsDirty;
    private ClientCapabilities lastCaps = ClientCapabilities.DEFAULT;

    /** @param options fresh for this connection, in the order they are offered at connect */
    public TelnetOptionHandler(List<TelnetOption> options) {
        this.options = List.copyOf(options);
        for (TelnetOption o : this.options) {
            byCode[o.code()] = o;
        }
        this.negotiator = new OptionNegotiator(this, new OptionNegotiator.Policy() {
            @Override
            public boolean acceptLocal(int option) {
                return byCode[option] != null && byCode[option].terms().acceptLocal();
            }

            @Override
            public boolean acceptRemote(int option) {
                return byCode[option] != null && byCode[option].terms().acceptRemote();
            }
        });
    }

    /** The standard options; see {@link StandardOptions#of}. */
    public TelnetOptionHandler(Consumer<Channel> msspRequested, boolean offerMccp2) {
        this(StandardOptions.of(msspRequested, offerMccp2));
    }

    /** The standard options with MCCP2 and without MSSP. */
    public TelnetOptionHandler() {
        this(null, true);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        if (ctx.channel().isActive()) {
            offer();
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.fireChannelActive();
        offer();
    }

    private void offer() {
        if (offered) {
            return;
        }
        offered = true;
        for (TelnetOption o : options) {
            if (o.terms().askRemote()) {
                negotiator.enableRemote(o.code());
            }
        }
        for (TelnetOption o : options) {
            if (o.terms().offerLocal()) {
                negotiator.enableLocal(o.code());
            }
        }
        flushIfNeeded();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        reading = true;
        if (msg instanceof TelnetNegotiation n) {
            profile.negotiating();
            negotiator.receive(n.verb(), n.option());
        } else if (msg instanceof TelnetSubnegotiation s) {
            profile.negotiating();
            TelnetOption o = byCode[s.option()];
            if (o != null) {
                o.subnegotiation(context, s.payload());
            } else {
                log.debug("{}: ignored subnegotiation for option {}", ctx.channel(), Telnet.optionName(s.option()));
            }
        } else if (msg instanceof TelnetCommand c) {
            profile.negotiating();
            if (c.command() == Telnet.AYT) {
                context.send(ctx.alloc().buffer().writeBytes(ARE_YOU_THERE_ANSWER));
            }
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        reading = false;
        publishCapabilities();
        flushIfNeeded();
        ctx.fireChannelReadComplete();
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        for (TelnetOption o : options) {
            if (o.write(context, msg, promise)) {
                return;
            }
        }
        ctx.write(msg, promise);
    }

    /** Ends a batch of writes: what negotiation learned meanwhile is published, and everything goes out. */
    @Override
    public void flush(ChannelHandlerContext ctx) {
        // During a read (a notice to the player) the read's own end publishes, after the read's lines.
        if (!reading) {
            publishCapabilities();
        }
        needsFlush = false;
        ctx.flush();
    }

    private void publishCapabilities() {
        if (!capsDirty) {
            return;
        }
        capsDirty = false;
        ClientCapabilities now = profile.capabilities(negotiator);
        if (!now.equals(lastCaps)) {
            lastCaps = now;
            ctx.fireChannelRead(now);
        }
    }

    private void flushIfNeeded() {
        if (needsFlush) {
            needsFlush = false;
            ctx.flush();
        }
    }

    // ---- OptionNegotiator.Peer ----

    @Override
    public void send(int verb, int option) {
        context.send(new TelnetNegotiation(verb, option));
    }

    @Override
    public void localChanged(int option, boolean enabled) {
        log.debug("{}: our {} is {}", ctx.channel(), Telnet.optionName(option), enabled ? "on" : "off");
        capsDirty = true;
        if (byCode[option] != null) {
            byCode[option].localChanged(context, enabled);
        }
    }

    @Override
    public void remoteChanged(int option, boolean enabled) {
        log.debug("{}: client's {} is {}", ctx.channel(), Telnet.optionName(option), enabled ? "on" : "off");
        capsDirty = true;
        if (byCode[option] != null) {
            byCode[option].remoteChanged(context, enabled);
        }
    }

    /** The connection as the options see it. */
    private final class Context implements OptionContext {
        @Override
        public OptionNegotiator negotiator() {
            return negotiator;
        }

        @Override
        public ClientProfile profile() {
            return profile;
        }

        @Override
        public ChannelHandlerContext handlerContext() {
            return ctx;
        }

        @Override
        public void send(Object msg) {
            ctx.write(msg);
            needsFlush = true;
        }

        @Override
        public void forward(Object msg, ChannelPromise promise) {
            ctx.write(msg, promise);
        }

        @Override
        public void flushLater() {
            needsFlush = true;
        }

        @Override
        public void changed() {
            capsDirty = true;
        }

        @Override
        public void passOn(Object msg) {
            ctx.fireChannelRead(msg);
        }
    }
}
