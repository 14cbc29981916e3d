package brass.protocols.telnet;

import brass.engine.clock.SystemClock;
import brass.protocols.guard.LogLimiter;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits the telnet byte stream into plain data ({@link ByteBuf}, IAC IAC already reduced to
 * 0xFF), {@link TelnetCommand}, {@link TelnetNegotiation} and {@link TelnetSubnegotiation}.
 *
 * <p>State lives in the decoder, so a command split across reads (IAC at the end of a buffer)
 * is finished by the next read. A subnegotiation is bounded by {@code maxSubnegotiation} bytes:
 * a longer one is discarded with a log line. A subnegotiation that never sees SE but meets
 * another command (IAC followed by anything but SE or IAC) is dropped with a log line and the
 * command is processed, so a broken client cannot swallow the rest of the session.
 */
public final class TelnetDecoder extends ByteToMessageDecoder {

    private static final Logger log = LoggerFactory.getLogger(TelnetDecoder.class);

    public static final int DEFAULT_MAX_SUBNEGOTIATION = 8192;

    private enum State { DATA, IAC, VERB, SB_OPTION, SB_DATA, SB_IAC }

    private final int maxSubnegotiation;
    private final LogLimiter logs;
    private State state = State.DATA;
    private int verb;
    private int sbOption;
    private byte[] sb = new byte[64];
    private int sbLength;
    private boolean sbOverflow;

    public TelnetDecoder() {
        this(DEFAULT_MAX_SUBNEGOTIATION);
    }

    /** A decoder on its own: its log lines are bounded by a budget of its own. */
    public TelnetDecoder(int maxSubnegotiation) {
        this(maxSubnegotiation, new LogLimiter(SystemClock.INSTANCE, LogLimiter.Budget.defaults()));
    }

    /** @param logs the server's log budget, which the warnings about this client's bytes count against */
    public TelnetDecoder(int maxSubnegotiation, LogLimiter logs) {
        this.maxSubnegotiation = maxSubnegotiation;
        this.logs = logs;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            if (state == State.DATA) {
                int iac = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) Telnet.IAC);
                int runEnd = iac < 0 ? in.writerIndex() : iac;
                if (runEnd > in.readerIndex()) {
                    out.add(in.readRetainedSlice(runEnd - in.readerIndex()));
                }
                if (iac >= 0) {
                    in.skipBytes(1);
                    state = State.IAC;
                }
                continue;
            }
            int b = in.readUnsignedByte();
            switch (state) {
                case IAC -> command(b, out, ctx);
                case VERB -> {
                    out.add(new TelnetNegotiation(verb, b));
                    state = State.DATA;
                }
                case SB_OPTION -> {
                    sbOption = b;
                    sbLength = 0;
                    sbOverflow = false;
                    state = State.SB_DATA;
                }
                case SB_DATA -> {
                    if (b == Telnet.IAC) {
                        state = State.SB_IAC;
                    } else {
                        sbAppend(b, ctx);
                    }
                }
                case SB_IAC -> {
                    if (b == Telnet.IAC) {
                        sbAppend(b, ctx);
                        state = State.SB_DATA;
                    } else if (b == Telnet.SE) {
                        if (!sbOverflow) {
                            out.add(new TelnetSubnegotiation(sbOption, Arrays.copyOf(sb, sbLength)));
                        }
                        endSubnegotiation();
                        state = State.DATA;
                    } else {
                        log.debug("{}: subnegotiation of option {} ended without IAC SE; dropped",
                                ctx.channel(), Telnet.optionName(sbOption));
                        endSubnegotiation();
                        command(b, out, ctx);
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
    }

    private void command(int b, List<Object> out, ChannelHandlerContext ctx) {
        switch (b) {
            case Telnet.IAC -> {
                // An escaped 0xFF data byte.
                out.add(ctx.alloc().buffer(1).writeByte(Telnet.IAC));
                state = State.DATA;
            }
            case Telnet.WILL, Telnet.WONT, Telnet.DO, Telnet.DONT -> {
                verb = b;
                state = State.VERB;
            }
            case Telnet.SB -> state = State.SB_OPTION;
            default -> {
                out.add(new TelnetCommand(b));
                state = State.DATA;
            }
        }
    }

    private void sbAppend(int b, ChannelHandlerContext ctx) {
        if (sbOverflow) {
            return;
        }
        if (sbLength == maxSubnegotiation) {
            sbOverflow = true;
            logs.warn(log, ctx.channel(), "{}: subnegotiation of option {} longer than {} bytes; discarded",
                    ctx.channel(), Telnet.optionName(sbOption), maxSubnegotiation);
            return;
        }
        if (sbLength == sb.length) {
            sb = Arrays.copyOf(sb, Math.min(maxSubnegotiation, sb.length * 2));
        }
        sb[sbLength++] = (byte) b;
    }

    private void endSubnegotiation() {
        sbLength = 0;
        sbOverflow = false;
        if (sb.length > 1024) {
            sb = new byte[64];
        }
    }
}
