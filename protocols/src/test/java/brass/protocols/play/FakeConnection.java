package brass.protocols.play;

import brass.engine.reactor.Reactor;
import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.session.ClientCapabilities;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionListener;
import brass.world.markup.Markup;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection that records what the game sent it; closing it reports back as a real one does.
 * Public for the tests of other packages that play through a lobby (the admin commands).
 */
public final class FakeConnection implements Connection {

    private static long ids;

    private final Reactor reactor;
    private final long id = ++ids;
    private final SocketAddress address;
    public final List<String> lines = new ArrayList<>();
    public final List<String> prompts = new ArrayList<>();
    public final List<GmcpMessage> gmcp = new ArrayList<>();
    public boolean echoOff;
    /** The player's colour choice in force (null: the client's own). */
    public brass.protocols.render.ColourLevel colourChoice;
    public boolean open = true;
    public String closeReason;
    public ConnectionListener listener;

    public FakeConnection(Reactor reactor, String host) {
        this(reactor, host, 40000);
    }

    /** A client at {@code host} (an IP literal, so nothing is looked up) from source port {@code port}. */
    public FakeConnection(Reactor reactor, String host, int port) {
        this.reactor = reactor;
        try {
            this.address = new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal: " + host, e);
        }
    }

    /** Text sent since the last call, markup removed, one string. */
    public String drain() {
        String all = String.join("\n", lines);
        lines.clear();
        return Markup.strip(all);
    }

    public String lastPrompt() {
        return prompts.isEmpty() ? "" : prompts.get(prompts.size() - 1);
    }

    public void type(String line) {
        listener.onLine(line);
    }

    /** The client goes away without saying goodbye. */
    public void drop() {
        open = false;
        reactor.execute(() -> listener.onClose("connection reset"));
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public SocketAddress remoteAddress() {
        return address;
    }

    /** What the client said of itself: nothing, unless a test says otherwise. */
    ClientCapabilities capabilities = ClientCapabilities.DEFAULT;

    @Override
    public ClientCapabilities capabilities() {
        return capabilities;
    }

    @Override
    public void send(String markup) {
        if (open) {
            lines.add(markup);
        }
    }

    @Override
    public void prompt(String markup) {
        if (open) {
            prompts.add(markup);
        }
    }

    @Override
    public void send(Markup markup) {
        send(markup.source());
    }

    @Override
    public void prompt(Markup markup) {
        prompt(markup.source());
    }

    @Override
    public void sendGmcp(GmcpMessage message) {
        if (open) {
            gmcp.add(message);
        }
    }

    @Override
    public void overrideColour(brass.protocols.render.ColourLevel level) {
        colourChoice = level;
    }

    @Override
    public void setEchoOff(boolean off) {
        echoOff = off;
    }

    @Override
    public void close(String reason) {
        if (!open) {
            return;
        }
        open = false;
        closeReason = reason;
        reactor.execute(() -> listener.onClose(reason));
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public long pendingOutput() {
        return 0;
    }
}
