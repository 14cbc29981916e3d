package brass.protocols.session;

import static org.assertj.core.api.Assertions.assertThat;

import brass.engine.reactor.ManualReactor;
import brass.protocols.guard.LogLimiter;
import brass.protocols.session.GameConnectionTest.FakeTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputPacerTest {

    private final ManualReactor reactor = new ManualReactor();
    private final LogLimiter logs = new LogLimiter(reactor.clock(), LogLimiter.Budget.defaults());
    private final List<GameConnection> room = new ArrayList<>();
    private final List<FakeTransport> wires = new ArrayList<>();

    /** Everyone in the room hears every line anyone types; the speaker gets a prompt too. */
    private final class Room implements ConnectionListener {
        private final Connection self;

        Room(Connection self) {
            this.self = self;
            self.send("Welcome."); // the greeting answers the connection; nothing is owed after it
        }

        @Override
        public void onLine(String line) {
            for (GameConnection c : room) {
                if (c != self) {
                    c.send(line);
                }
            }
            self.send("You say it.");
            self.prompt("> ");
        }

        @Override
        public void onClose(String reason) {
        }
    }

    private void fill(int people) {
        for (int i = 0; i < people; i++) {
            FakeTransport wire = new FakeTransport();
            GameConnection c = new GameConnection(reactor, wire, ConnectionLimits.defaults(), logs);
            c.start(Room::new);
            room.add(c);
            wires.add(wire);
        }
        reactor.runUntilIdle();
        wires.forEach(w -> w.batches.clear());
    }

    private static List<String> texts(List<Output> batch) {
        List<String> out = new ArrayList<>();
        for (Output o : batch) {
            out.add(o instanceof Output.Text t ? t.text() : o instanceof Output.Prompt p ? "prompt " + p.text() : o.toString());
        }
        return out;
    }

    @Test
    void aCrowdsBystandersGoOutTogetherAtThePulseAndTheSpeakerAtOnce() {
        fill(40);

        room.get(0).lineReceived("hello");
        reactor.runUntilIdle();

        assertThat(wires.get(0).batches).hasSize(1);
        assertThat(texts(wires.get(0).batches.get(0))).containsExactly("You say it.\r\n", "prompt > ");
        for (int i = 1; i < 40; i++) {
            assertThat(wires.get(i).batches).as("bystander %d before the pulse", i).isEmpty();
        }

        reactor.advance(OutputPacer.PULSE.minusMillis(1));
        room.get(1).lineReceived("hi there");
        reactor.runUntilIdle();
        assertThat(wires.get(2).batches).as("a bystander still waits").isEmpty();
        assertThat(texts(wires.get(1).batches.get(0))).as("the second speaker's own batch keeps the order")
                .containsExactly("hello\r\n", "You say it.\r\n", "prompt > ");

        reactor.advance(Duration.ofMillis(1));
        for (int i = 2; i < 40; i++) {
            assertThat(wires.get(i).batches).as("bystander %d", i).hasSize(1);
            assertThat(texts(wires.get(i).batches.get(0))).containsExactly("hello\r\n", "hi there\r\n");
        }
        assertThat(texts(wires.get(0).batches.get(1))).as("the first speaker sat at the prompt: a fresh line, and it again")
                .containsExactly("\r\n", "hi there\r\n", "prompt > ");
    }

    @Test
    void aRoomOfNoMoreThanTheCrowdGoesOutAtTheEndOfTheTurn() {
        fill(OutputPacer.CROWD + 1); // the speaker and CROWD listeners: CROWD+1 connections get output

        room.get(0).lineReceived("hello");
        reactor.runUntilIdle();

        assertThat(wires.get(1).batches).as("33 connections with output: a crowd").isEmpty();
        reactor.advance(OutputPacer.PULSE);

        room.remove(room.size() - 1);
        wires.forEach(w -> w.batches.clear());
        room.get(0).lineReceived("again");
        reactor.runUntilIdle();
        for (int i = 1; i < OutputPacer.CROWD; i++) {
            assertThat(texts(wires.get(i).batches.get(0))).as("listener %d, no crowd", i).containsExactly("again\r\n");
        }
    }

    @Test
    void nothingIsLostWhenAWaitingConnectionCloses() {
        fill(40);
        room.get(0).lineReceived("hello");
        reactor.runUntilIdle();

        room.get(5).close("kicked");
        reactor.advance(OutputPacer.PULSE);

        assertThat(wires.get(5).closed).isEqualTo("kicked");
        assertThat(texts(wires.get(5).batches.get(0))).as("what it held went out before the close")
                .containsExactly("hello\r\n");
        assertThat(wires.get(5).batches).hasSize(1);
    }
}
