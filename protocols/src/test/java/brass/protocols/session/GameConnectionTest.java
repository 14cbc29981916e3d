package brass.protocols.session;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.gmcp.Gmcp;
import brass.protocols.gmcp.GmcpMessage;
import brass.protocols.guard.LogLimiter;
import brass.protocols.render.ColourLevel;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GameConnectionTest {

    static final class FakeTransport implements Transport {
        final List<List<Output>> batches = new ArrayList<>();
        String closed;
        String aborted;

        @Override
        public void deliver(List<Output> batch) {
            batches.add(List.copyOf(batch));
        }

        @Override
        public void close(String reason) {
            closed = reason;
        }

        @Override
        public void abort(String reason) {
            aborted = reason;
        }

        @Override
        public SocketAddress remoteAddress() {
            return new InetSocketAddress("127.0.0.1", 1234);
        }
    }

    static final class Recorder implements ConnectionListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void onLine(String line) {
            events.add("line " + line);
        }

        @Override
        public void onCapabilities(ClientCapabilities c) {
            events.add("caps " + c.width());
        }

        @Override
        public void onGmcp(String pkg, String json) {
            events.add("gmcp " + pkg + " " + json);
        }

        @Override
        public void onClose(String reason) {
            events.add("close " + reason);
        }
    }

    private final ManualReactor reactor = new ManualReactor();
    private final FakeTransport transport = new FakeTransport();
    private final Recorder listener = new Recorder();

    private GameConnection connect(ConnectionLimits limits) {
        GameConnection c = new GameConnection(reactor, transport, limits, new LogLimiter(reactor.clock(), LogLimiter.Budget.defaults()));
        c.start(conn -> listener);
        reactor.runUntilIdle();
        return c;
    }

    @Test
    void outputIsRenderedAndFlushedOncePerTurn() {
        GameConnection c = connect(ConnectionLimits.defaults());
        reactor.execute(() -> {
            c.send("{red}one{/}");
            c.send("two");
            c.prompt("> ");
            c.setEchoOff(true);
        });
        reactor.runUntilIdle();
        assertThat(transport.batches).hasSize(1);
        assertThat(transport.batches.get(0)).containsExactly(
                new Output.Text("\u001b[0;31mone\u001b[0m\r\n", true), new Output.Text("two\r\n", true),
                new Output.Prompt("> "), new Output.EchoOff(true));
        reactor.execute(() -> c.send("three"));
        reactor.runUntilIdle();
        assertThat(transport.batches).hasSize(2);
    }

    @Test
    void renderingFollowsTheClientsCapabilities() {
        GameConnection c = connect(ConnectionLimits.defaults());
        c.capabilitiesReceived(ClientCapabilities.DEFAULT.withSize(10, 5).withColourLevel(ColourLevel.NONE));
        reactor.runUntilIdle();
        assertThat(listener.events).containsExactly("caps 10");
        reactor.execute(() -> c.send("the {red}quick{/} brown fox"));
        reactor.runUntilIdle();
        assertThat(transport.batches.get(0)).containsExactly(new Output.Text("the quick\r\nbrown fox\r\n", true));
    }

    @Test
    void aClientThatDoesNotReadIsDisconnected() {
        GameConnection c = connect(new ConnectionLimits(100, 10));
        reactor.execute(() -> c.send("x".repeat(60)));
        reactor.runUntilIdle();
        assertThat(transport.aborted).isNull();
        assertThat(c.pendingOutput()).isEqualTo(62);
        c.outputWritten(62);
        assertThat(c.pendingOutput()).isZero();
        reactor.execute(() -> c.send("y".repeat(60)));
        reactor.runUntilIdle();
        assertThat(transport.aborted).isNull();
        reactor.execute(() -> c.send("z".repeat(60)));
        reactor.runUntilIdle();
        assertThat(transport.aborted).contains("not reading");
        assertThat(c.isOpen()).isFalse();
        c.transportClosed("output backlog");
        c.transportClosed("output backlog");
        reactor.runUntilIdle();
        assertThat(listener.events).containsExactly("close output backlog");
    }

    @Test
    void aFloodOfInputIsBounded() {
        GameConnection c = connect(new ConnectionLimits(1000, 2));
        assertThat(c.lineReceived("a")).isTrue();
        assertThat(c.lineReceived("b")).isTrue();
        assertThat(c.lineReceived("c")).isFalse();
        reactor.runUntilIdle();
        assertThat(c.lineReceived("d")).isTrue();
        reactor.runUntilIdle();
        assertThat(listener.events).containsExactly("line a", "line b", "line d");
    }

    @Test
    void aLoopThatRefusesWorkDropsTheConnection() {
        GameConnection c = connect(ConnectionLimits.defaults());
        reactor.shutdown();
        c.lineReceived("hello");
        assertThat(transport.aborted).isEqualTo("server overloaded");
    }

    @Test
    void closeFlushesFirstAndGmcpIsFiltered() {
        GameConnection c = connect(ConnectionLimits.defaults());
        c.capabilitiesReceived(new ClientCapabilities(80, 24, "", "", ColourLevel.ANSI16, true, 0, true,
                Set.of("room"), false, false, false, false, true, false));
        reactor.runUntilIdle();
        reactor.execute(() -> {
            c.sendGmcp(Gmcp.roomInfo(1, "cellar", "Cellar", "house", "underground", Map.of("up", 2L)));
            c.sendGmcp(Gmcp.commChannelText("chat", "Bob", "hi"));
            c.send("bye");
            c.close("quit");
            c.send("lost");
        });
        reactor.runUntilIdle();
        assertThat(transport.batches).hasSize(1);
        assertThat(transport.batches.get(0)).containsExactly(
                new Output.Gmcp(new GmcpMessage("Room.Info", "{\"num\":1,\"id\":\"cellar\",\"name\":\"Cellar\",\"area\":\"house\",\"environment\":\"underground\",\"exits\":{\"up\":2}}")),
                new Output.Text("bye\r\n", true));
        assertThat(transport.closed).isEqualTo("quit");
    }

    @Test
    void gmcpFromTheClientReachesTheListener() {
        GameConnection c = connect(ConnectionLimits.defaults());
        c.gmcpReceived("Char.Login", "{}");
        reactor.runUntilIdle();
        assertThat(listener.events).containsExactly("gmcp Char.Login {}");
    }

    @Test
    void idleClosesByDefault() {
        GameConnection c = connect(ConnectionLimits.defaults());
        c.idle();
        reactor.runUntilIdle();
        assertThat(transport.closed).isEqualTo("idle timeout");
    }
}
