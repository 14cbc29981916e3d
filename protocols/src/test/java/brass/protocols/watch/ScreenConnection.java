package brass.protocols.watch;

import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.session.ClientCapabilities;
import brass.protocols.session.Connection;
import brass.protocols.session.ConnectionListener;
import brass.world.markup.Markup;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A connection with a screen: it records frames, and its write futures complete when the test says. */
final class ScreenConnection implements Connection {

    private static long ids = 1000;

    final long id = ++ids;
    final boolean canDraw;
    final List<String> lines = new ArrayList<>();
    final List<String> frames = new ArrayList<>();
    final List<CompletableFuture<Void>> writes = new ArrayList<>();
    boolean slow;
    boolean fullScreen;
    boolean open = true;
    /** Like an SSH view: keys arrive one by one while full-screen. */
    boolean sendsKeys;
    ClientCapabilities caps = ClientCapabilities.DEFAULT;
    ConnectionListener listener;

    ScreenConnection(boolean canDraw) {
        this.canDraw = canDraw;
    }

    void type(String line) {
        listener.onLine(line);
    }

    /** Completes every write still in flight, as a client that finally read them. */
    void catchUp() {
        // A copy: completing a write lets the draw loop send the next frame at once.
        for (CompletableFuture<Void> w : List.copyOf(writes)) {
            w.complete(null);
        }
    }

    String text() {
        String all = String.join("\n", lines);
        lines.clear();
        return Markup.strip(all);
    }

    @Override
    public boolean sendsKeys() {
        return sendsKeys;
    }

    @Override
    public boolean canDrawFullScreen() {
        return canDraw;
    }

    @Override
    public void fullScreen(boolean on) {
        fullScreen = on;
    }

    @Override
    public CompletionStage<Void> sendFrame(String ansi) {
        frames.add(ansi);
        CompletableFuture<Void> done = new CompletableFuture<>();
        writes.add(done);
        if (!slow) {
            done.complete(null);
        }
        return done;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public SocketAddress remoteAddress() {
        return InetSocketAddress.createUnresolved("10.1.1.1", 4000);
    }

    @Override
    public ClientCapabilities capabilities() {
        return caps;
    }

    @Override
    public void send(String markup) {
        if (open && !fullScreen) {
            lines.add(markup);
        }
    }

    @Override
    public void send(Markup markup) {
        send(markup.source());
    }

    @Override
    public void prompt(String markup) {
    }

    @Override
    public void prompt(Markup markup) {
    }

    @Override
    public void sendGmcp(GmcpMessage message) {
    }

    @Override
    public void setEchoOff(boolean off) {
    }

    @Override
    public void close(String reason) {
        open = false;
    }

    @Override
    public long pendingOutput() {
        return 0;
    }

    @Override
    public boolean isOpen() {
        return open;
    }
}
