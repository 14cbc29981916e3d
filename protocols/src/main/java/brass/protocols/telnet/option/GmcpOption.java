package brass.protocols.telnet.option;

import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.gmcp.Json;
import brass.protocols.telnet.Telnet;
import brass.protocols.telnet.TelnetSubnegotiation;
import io.netty.channel.ChannelPromise;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GMCP: the Core messages (Hello, Supports.Set/Add/Remove, Ping) are handled here, every other
 * message is passed on to the session as a {@link GmcpMessage}; a {@link GmcpMessage} written down
 * the pipeline goes out only while GMCP is on.
 */
public final class GmcpOption extends TelnetOption {

    private static final Logger log = LoggerFactory.getLogger(GmcpOption.class);

    public GmcpOption() {
        super(Telnet.OPT_GMCP, Terms.OFFERED);
    }

    @Override
    public boolean write(OptionContext c, Object msg, ChannelPromise promise) {
        if (!(msg instanceof GmcpMessage gmcp)) {
            return false;
        }
        // Written for MSDP's sake too: GMCP sends only what its client announced.
        if (c.negotiator().isLocalEnabled(Telnet.OPT_GMCP)
                && c.profile().capabilities(c.negotiator()).acceptsGmcp(gmcp.gmcpPackage())) {
            c.forward(new TelnetSubnegotiation(Telnet.OPT_GMCP, gmcp.wire().getBytes(StandardCharsets.UTF_8)), promise);
        } else {
            promise.trySuccess();
        }
        return true;
    }

    @Override
    public void subnegotiation(OptionContext c, byte[] payload) {
        if (!c.negotiator().isLocalEnabled(Telnet.OPT_GMCP)) {
            return;
        }
        GmcpMessage msg;
        try {
            msg = GmcpMessage.parse(new String(payload, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            log.debug("{}: bad GMCP message ignored: {}", c.handlerContext().channel(), e.getMessage());
            return;
        }
        String pkg = msg.gmcpPackage().toLowerCase(Locale.ROOT);
        try {
            switch (pkg) {
                case "core.hello" -> hello(c, msg);
                case "core.supports.set", "core.supports.add", "core.supports.remove" -> supports(c, pkg, msg);
                case "core.ping" -> c.send(new TelnetSubnegotiation(Telnet.OPT_GMCP,
                        "Core.Ping".getBytes(StandardCharsets.US_ASCII)));
                default -> c.passOn(msg);
            }
        } catch (IllegalArgumentException e) {
            log.debug("{}: bad GMCP {} ignored: {}", c.handlerContext().channel(), msg.gmcpPackage(), e.getMessage());
        }
    }

    private static void hello(OptionContext c, GmcpMessage msg) {
        ClientProfile profile = c.profile();
        if (Json.parse(msg.json()) instanceof Map<?, ?> m && m.get("client") instanceof String client
                && profile.clientName.isEmpty()) {
            profile.clientName = ClientProfile.limit(client);
            c.changed();
        }
    }

    private static void supports(OptionContext c, String pkg, GmcpMessage msg) {
        if (!(Json.parse(msg.json()) instanceof List<?> list)) {
            return;
        }
        var packages = c.profile().gmcpPackages;
        if (pkg.endsWith(".set")) {
            packages.clear();
        }
        for (Object o : list) {
            if (o instanceof String entry && !entry.isBlank()) {
                String name = entry.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
                if (pkg.endsWith(".remove")) {
                    packages.remove(name);
                } else if (packages.size() < ClientProfile.MAX_GMCP_PACKAGES) {
                    packages.add(ClientProfile.limit(name));
                }
            }
        }
        c.changed();
    }
}
