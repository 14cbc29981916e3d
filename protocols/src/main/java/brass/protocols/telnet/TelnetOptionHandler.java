package brass.protocols.telnet;

import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.gmcp.Json;
import brass.protocols.session.ClientCapabilities;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.compression.JdkZlibEncoder;
import io.netty.handler.codec.compression.ZlibWrapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Negotiates telnet options with the client (Q method, {@link OptionNegotiator}) and turns what
 * it learns into {@link ClientCapabilities} messages passed inbound, after the plain data
 * {@link ByteBuf}s. Also passes on {@link GmcpMessage}s other than the Core ones it handles.
 *
 * <p>At connect it offers WILL EOR, GMCP, MSSP, MCCP2, CHARSET and asks DO TTYPE, NAWS. A client
 * that answers nothing (netcat) gets no GA, no ECHO changes, and plain text. Methods other than
 * the handler callbacks must be called on the channel's event loop.
 */
public final class TelnetOptionHandler extends ChannelDuplexHandler implements OptionNegotiator.Peer {

    private static final Logger log = LoggerFactory.getLogger(TelnetOptionHandler.class);

    private static final Set<Integer> LOCAL_ACCEPTED = Set.of(Telnet.OPT_SGA, Telnet.OPT_EOR, Telnet.OPT_GMCP,
            Telnet.OPT_MSSP, Telnet.OPT_MCCP2, Telnet.OPT_CHARSET);
    private static final Set<Integer> REMOTE_ACCEPTED = Set.of(Telnet.OPT_TTYPE, Telnet.OPT_NAWS, Telnet.OPT_SGA,
            Telnet.OPT_CHARSET);
    private static final int MAX_TTYPE_REQUESTS = 3;
    private static final int MAX_NAME = 64;

    private final OptionNegotiator negotiator;
    private final Consumer<TelnetOptionHandler> msspRequested;
    private final boolean offerMccp2;
    private ChannelHandlerContext ctx;
    private boolean needsFlush;
    private boolean offered;

    private boolean negotiating;
    private int width = ClientCapabilities.DEFAULT_WIDTH;
    private int height = ClientCapabilities.DEFAULT_HEIGHT;
    private String terminalType = "";
    private String clientName = "";
    private int mtts;
    private boolean utf8 = true;
    private final Set<String> gmcpPackages = new LinkedHashSet<>();
    private int ttypeRequests;
    private String lastTtype;
    private boolean charsetRequested;
    private JdkZlibEncoder compressor;
    private boolean capsDirty;
    private ClientCapabilities lastCaps = ClientCapabilities.DEFAULT;

    /**
     * @param msspRequested called (on the event loop) when the client asks for MSSP; it should
     *                      later call {@link #sendMssp} on the event loop. Null: MSSP is not offered.
     */
    public TelnetOptionHandler(Consumer<TelnetOptionHandler> msspRequested, boolean offerMccp2) {
        this.msspRequested = msspRequested;
        this.offerMccp2 = offerMccp2;
        this.negotiator = new OptionNegotiator(this, new OptionNegotiator.Policy() {
            @Override
            public boolean acceptLocal(int option) {
                return LOCAL_ACCEPTED.contains(option) && (option != Telnet.OPT_MSSP || msspRequested != null)
                        && (option != Telnet.OPT_MCCP2 || offerMccp2);
            }

            @Override
            public boolean acceptRemote(int option) {
                return REMOTE_ACCEPTED.contains(option);
            }
        });
    }

    public TelnetOptionHandler() {
        this(null, true);
    }

    public OptionNegotiator negotiator() {
        return negotiator;
    }

    /** The capabilities as known now. Event loop only. */
    public ClientCapabilities capabilities() {
        return new ClientCapabilities(width, height, terminalType, clientName,
                ClientCapabilities.colourLevelOf(mtts, terminalType, clientName), utf8, mtts,
                negotiator.isLocalEnabled(Telnet.OPT_GMCP), gmcpPackages, negotiator.isLocalEnabled(Telnet.OPT_ECHO),
                negotiator.isLocalEnabled(Telnet.OPT_SGA), negotiator.isLocalEnabled(Telnet.OPT_EOR),
                compressor != null, negotiating);
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
        negotiator.enableRemote(Telnet.OPT_TTYPE);
        negotiator.enableRemote(Telnet.OPT_NAWS);
        negotiator.enableLocal(Telnet.OPT_EOR);
        negotiator.enableLocal(Telnet.OPT_GMCP);
        if (msspRequested != null) {
            negotiator.enableLocal(Telnet.OPT_MSSP);
        }
        if (offerMccp2) {
            negotiator.enableLocal(Telnet.OPT_MCCP2);
        }
        negotiator.enableLocal(Telnet.OPT_CHARSET);
        flushIfNeeded();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof TelnetNegotiation n) {
            negotiating = true;
            negotiator.receive(n.verb(), n.option());
        } else if (msg instanceof TelnetSubnegotiation s) {
            negotiating = true;
            subnegotiation(s);
        } else if (msg instanceof TelnetCommand c) {
            negotiating = true;
            if (c.command() == Telnet.AYT) {
                write(ctx.alloc().buffer().writeBytes("[Brass: yes]\r\n".getBytes(StandardCharsets.US_ASCII)));
            }
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        publishCapabilities();
        flushIfNeeded();
        ctx.fireChannelReadComplete();
    }

    private void publishCapabilities() {
        if (!capsDirty) {
            return;
        }
        capsDirty = false;
        ClientCapabilities now = capabilities();
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

    private void write(Object msg) {
        ctx.write(msg);
        needsFlush = true;
    }

    // ---- OptionNegotiator.Peer ----

    @Override
    public void send(int verb, int option) {
        write(new TelnetNegotiation(verb, option));
    }

    @Override
    public void localChanged(int option, boolean enabled) {
        log.debug("{}: our {} is {}", ctx.channel(), Telnet.optionName(option), enabled ? "on" : "off");
        capsDirty = true;
        switch (option) {
            case Telnet.OPT_MCCP2 -> {
                if (enabled) {
                    startCompression();
                } else {
                    stopCompression();
                }
            }
            case Telnet.OPT_MSSP -> {
                if (enabled && msspRequested != null) {
                    msspRequested.accept(this);
                }
            }
            case Telnet.OPT_CHARSET -> {
                if (enabled) {
                    requestCharset();
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void remoteChanged(int option, boolean enabled) {
        log.debug("{}: client's {} is {}", ctx.channel(), Telnet.optionName(option), enabled ? "on" : "off");
        capsDirty = true;
        if (option == Telnet.OPT_TTYPE && enabled && ttypeRequests == 0) {
            requestTerminalType();
        } else if (option == Telnet.OPT_CHARSET && enabled) {
            requestCharset();
        }
    }

    // ---- subnegotiations ----

    private void subnegotiation(TelnetSubnegotiation s) {
        byte[] p = s.payload();
        switch (s.option()) {
            case Telnet.OPT_NAWS -> {
                if (p.length == 4 && negotiator.isRemoteEnabled(Telnet.OPT_NAWS)) {
                    int w = (p[0] & 0xff) << 8 | p[1] & 0xff;
                    int h = (p[2] & 0xff) << 8 | p[3] & 0xff;
                    if (w > 0) {
                        width = w;
                    }
                    if (h > 0) {
                        height = h;
                    }
                    capsDirty = true;
                }
            }
            case Telnet.OPT_TTYPE -> {
                if (p.length > 0 && p[0] == Telnet.TTYPE_IS) {
                    terminalTypeIs(ascii(p, 1));
                }
            }
            case Telnet.OPT_CHARSET -> charset(p);
            case Telnet.OPT_GMCP -> {
                if (negotiator.isLocalEnabled(Telnet.OPT_GMCP)) {
                    gmcp(new String(p, StandardCharsets.UTF_8));
                }
            }
            default -> log.debug("{}: ignored subnegotiation for option {}", ctx.channel(), Telnet.optionName(s.option()));
        }
    }

    private void requestTerminalType() {
        if (ttypeRequests < MAX_TTYPE_REQUESTS && negotiator.isRemoteEnabled(Telnet.OPT_TTYPE)) {
            ttypeRequests++;
            write(new TelnetSubnegotiation(Telnet.OPT_TTYPE, new byte[] {Telnet.TTYPE_SEND}));
        }
    }

    /** MTTS: 1st reply is the client name, 2nd the terminal type, 3rd "MTTS bits"; a repeat ends the cycle. */
    private void terminalTypeIs(String name) {
        if (ttypeRequests == 0 || name.equals(lastTtype)) {
            return;
        }
        lastTtype = name;
        capsDirty = true;
        if (name.regionMatches(true, 0, "MTTS ", 0, 5)) {
            // The MTTS bit field ends the cycle, whichever reply it comes in.
            try {
                mtts = Integer.parseInt(name.substring(5).strip());
                if ((mtts & ClientCapabilities.MTTS_UTF8) != 0) {
                    utf8 = true;
                }
            } catch (NumberFormatException e) {
                log.debug("{}: bad MTTS '{}'", ctx.channel(), name);
            }
            return;
        }
        switch (ttypeRequests) {
            case 1 -> {
                clientName = name;
                terminalType = name;
            }
            case 2 -> terminalType = name;
            default -> {
                return;
            }
        }
        requestTerminalType();
    }

    private void requestCharset() {
        if (charsetRequested) {
            return;
        }
        charsetRequested = true;
        byte[] req = ";UTF-8".getBytes(StandardCharsets.US_ASCII);
        byte[] payload = new byte[req.length + 1];
        payload[0] = Telnet.CHARSET_REQUEST;
        System.arraycopy(req, 0, payload, 1, req.length);
        write(new TelnetSubnegotiation(Telnet.OPT_CHARSET, payload));
    }

    private void charset(byte[] p) {
        if (p.length == 0) {
            return;
        }
        switch (p[0]) {
            case Telnet.CHARSET_ACCEPTED -> {
                String name = ascii(p, 1);
                utf8 = name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("UTF8");
                capsDirty = true;
            }
            case Telnet.CHARSET_REJECTED -> {
                if ((mtts & ClientCapabilities.MTTS_UTF8) == 0) {
                    utf8 = false;
                    capsDirty = true;
                }
            }
            case Telnet.CHARSET_REQUEST -> {
                // The client offers a list "<sep>cs1<sep>cs2...": we take UTF-8 or nothing.
                String list = ascii(p, 1);
                if (list.startsWith("[TTABLE]") && list.length() > 9) {
                    list = list.substring(9);
                }
                boolean ok = false;
                if (!list.isEmpty()) {
                    String sep = list.substring(0, 1);
                    for (String cs : list.substring(1).split(java.util.regex.Pattern.quote(sep))) {
                        if (cs.equalsIgnoreCase("UTF-8") || cs.equalsIgnoreCase("UTF8")) {
                            ok = true;
                            break;
                        }
                    }
                }
                if (ok) {
                    utf8 = true;
                    capsDirty = true;
                    byte[] name = "UTF-8".getBytes(StandardCharsets.US_ASCII);
                    byte[] payload = new byte[name.length + 1];
                    payload[0] = Telnet.CHARSET_ACCEPTED;
                    System.arraycopy(name, 0, payload, 1, name.length);
                    write(new TelnetSubnegotiation(Telnet.OPT_CHARSET, payload));
                } else {
                    write(new TelnetSubnegotiation(Telnet.OPT_CHARSET, new byte[] {Telnet.CHARSET_REJECTED}));
                }
            }
            default -> {
            }
        }
    }

    private void gmcp(String wire) {
        GmcpMessage msg;
        try {
            msg = GmcpMessage.parse(wire);
        } catch (IllegalArgumentException e) {
            log.debug("{}: bad GMCP message ignored: {}", ctx.channel(), e.getMessage());
            return;
        }
        String pkg = msg.gmcpPackage().toLowerCase(Locale.ROOT);
        try {
            switch (pkg) {
                case "core.hello" -> {
                    if (Json.parse(msg.json()) instanceof Map<?, ?> m && m.get("client") instanceof String client
                            && clientName.isEmpty()) {
                        clientName = limit(client);
                        capsDirty = true;
                    }
                }
                case "core.supports.set", "core.supports.add", "core.supports.remove" -> {
                    if (!(Json.parse(msg.json()) instanceof List<?> list)) {
                        return;
                    }
                    if (pkg.endsWith(".set")) {
                        gmcpPackages.clear();
                    }
                    for (Object o : list) {
                        if (o instanceof String entry && !entry.isBlank()) {
                            String name = entry.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
                            if (pkg.endsWith(".remove")) {
                                gmcpPackages.remove(name);
                            } else if (gmcpPackages.size() < 64) {
                                gmcpPackages.add(limit(name));
                            }
                        }
                    }
                    capsDirty = true;
                }
                case "core.ping" -> write(new TelnetSubnegotiation(Telnet.OPT_GMCP,
                        "Core.Ping".getBytes(StandardCharsets.US_ASCII)));
                default -> ctx.fireChannelRead(msg);
            }
        } catch (IllegalArgumentException e) {
            log.debug("{}: bad GMCP {} ignored: {}", ctx.channel(), msg.gmcpPackage(), e.getMessage());
        }
    }

    private static String ascii(byte[] p, int from) {
        StringBuilder sb = new StringBuilder(p.length);
        for (int i = from; i < p.length && sb.length() < MAX_NAME; i++) {
            int c = p[i] & 0xff;
            if (c >= 0x20 && c < 0x7f) {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private static String limit(String s) {
        return s.length() > MAX_NAME ? s.substring(0, MAX_NAME) : s;
    }

    // ---- MCCP2 ----

    private void startCompression() {
        if (compressor != null) {
            return;
        }
        // IAC SB COMPRESS2 IAC SE goes out uncompressed; everything written after it is compressed.
        write(new TelnetSubnegotiation(Telnet.OPT_MCCP2, new byte[0]));
        compressor = new JdkZlibEncoder(ZlibWrapper.ZLIB, 6);
        ChannelHandlerContext encoder = ctx.pipeline().context(TelnetEncoder.class);
        if (encoder != null) {
            ctx.pipeline().addBefore(encoder.name(), "mccp2", compressor);
        } else {
            ctx.pipeline().addBefore(ctx.name(), "mccp2", compressor);
        }
        log.debug("{}: MCCP2 compression on", ctx.channel());
    }

    private void stopCompression() {
        if (compressor == null) {
            return;
        }
        JdkZlibEncoder c = compressor;
        compressor = null;
        c.close();
        ctx.pipeline().remove(c);
        needsFlush = true;
        log.debug("{}: MCCP2 compression off", ctx.channel());
    }

    // ---- API for the session (event loop) ----

    /** Publishes changed capabilities and flushes what negotiation wrote; call after writing a batch. */
    public void afterWrites() {
        publishCapabilities();
        ctx.flush();
        needsFlush = false;
    }

    /** Whether output should be UTF-8 (else Latin-1). Event loop only. */
    public boolean utf8() {
        return utf8;
    }

    /** True once the client has sent any telnet command: it is a telnet client, not netcat. */
    public boolean isNegotiating() {
        return negotiating;
    }

    /** Asks the client to stop (true) or resume (false) echoing what the player types. */
    public void setEchoOff(boolean off) {
        if (!negotiating) {
            return;
        }
        if (off) {
            negotiator.enableLocal(Telnet.OPT_ECHO);
        } else {
            negotiator.disableLocal(Telnet.OPT_ECHO);
        }
        capsDirty = true;
    }

    /** Writes the end-of-prompt mark the client understands (IAC EOR, IAC GA, or nothing). Does not flush. */
    public void markPrompt() {
        if (negotiator.isLocalEnabled(Telnet.OPT_EOR)) {
            ctx.write(new TelnetCommand(Telnet.EOR));
        } else if (negotiating && !negotiator.isLocalEnabled(Telnet.OPT_SGA)) {
            ctx.write(new TelnetCommand(Telnet.GA));
        }
    }

    /** Writes a GMCP message if GMCP is on; returns whether it was written. Does not flush. */
    public boolean writeGmcp(String gmcpPackage, String json) {
        if (!negotiator.isLocalEnabled(Telnet.OPT_GMCP)) {
            return false;
        }
        String wire = json.isEmpty() ? gmcpPackage : gmcpPackage + " " + json;
        ctx.write(new TelnetSubnegotiation(Telnet.OPT_GMCP, wire.getBytes(StandardCharsets.UTF_8)));
        return true;
    }

    /** Sends the MSSP variables (each name with one or more values) and flushes, if MSSP is on. */
    public void sendMssp(Map<String, List<String>> variables) {
        if (!negotiator.isLocalEnabled(Telnet.OPT_MSSP)) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, List<String>> e : variables.entrySet()) {
            out.write(Telnet.MSSP_VAR);
            writeMsspText(e.getKey(), out);
            for (String v : e.getValue()) {
                out.write(Telnet.MSSP_VAL);
                writeMsspText(v, out);
            }
        }
        ctx.writeAndFlush(new TelnetSubnegotiation(Telnet.OPT_MSSP, out.toByteArray()));
    }

    private static void writeMsspText(String s, ByteArrayOutputStream out) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            if (b != 0 && b != Telnet.MSSP_VAR && b != Telnet.MSSP_VAL && b != (byte) Telnet.IAC) {
                out.write(b);
            }
        }
    }
}
