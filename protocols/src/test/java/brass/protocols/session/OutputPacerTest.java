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

    /** Connections are in rooms of this many, in the order they came. */
    private int roomSize = Integer.MAX_VALUE;

    /** Everyone in the room hears every line anyone types; the speaker gets a prompt too. */
    private final class Room implements ConnectionListener {
        private final Connection self;

        Room(Connection self) {
            this.self = self;
            self.send("Welcome."); // the greeting answers the connection; nothing is owed after it
        }

        @Override
        public void onLine(String line) {
            int mine = room.indexOf(self) / roomSize;
            for (int i = 0; i < room.size(); i++) {
                GameConnection c = room.get(i);
                if (c != self && i / roomSize == mine) {
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

        reactor.advance(OutputPacer.PACE.minusMillis(1));
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
        reactor.advance(OutputPacer.PACE);

        room.remove(room.size() - 1);
        wires.forEach(w -> w.batches.clear());
        room.get(0).lineReceived("again");
        reactor.runUntilIdle();
        for (int i = 1; i < OutputPacer.CROWD; i++) {
            assertThat(texts(wires.get(i).batches.get(0))).as("listener %d, no crowd", i).containsExactly("again\r\n");
        }
    }

    @Test
    void aBusyServersBystandersWaitThoughNoTurnIsACrowd() {
        roomSize = 10;
        fill(20); // two rooms of ten: every line gives output to ten connections, nine of them bystanders
        long window = OutputPacer.BUSY / 9; // turns whose bystanders all go out at once: 28 of 9 is 252
        for (int k = 0; k < window; k++) {
            room.get(k % 20).lineReceived("line " + k);
            reactor.runUntilIdle();
        }
        assertThat(pacer().waiting()).as("%d bystander flushes within the pace", window * 9).isZero();

        GameConnection speaker = room.get(12);
        speaker.lineReceived("one too many");
        reactor.runUntilIdle();
        // Four more bystanders reach 256; the other five wait.
        assertThat(pacer().waiting()).isEqualTo(5);
        assertThat(texts(wires.get(19).batches.get(wires.get(19).batches.size() - 1)))
                .as("the last of the room waited, so its batch is the line before").doesNotContain("one too many\r\n");
        assertThat(texts(wires.get(12).batches.get(wires.get(12).batches.size() - 1)))
                .as("the speaker is answered at once").contains("You say it.\r\n");

        reactor.advance(OutputPacer.PACE);
        assertThat(pacer().waiting()).isZero();
        assertThat(texts(wires.get(19).batches.get(wires.get(19).batches.size() - 1)))
                .as("19 spoke before, so sat at the prompt: a fresh line, the line, the prompt again")
                .containsExactly("\r\n", "one too many\r\n", "prompt > ");

        // A pace later the window is new: bystanders go out at the end of the turn again.
        wires.forEach(w -> w.batches.clear());
        room.get(0).lineReceived("quiet again");
        reactor.runUntilIdle();
        for (int i = 1; i < 10; i++) {
            assertThat(texts(wires.get(i).batches.get(0))).as("listener %d, who spoke before", i)
                    .containsExactly("\r\n", "quiet again\r\n", "prompt > ");
        }
    }

    @Test
    void eachWaitingConnectionGoesOutAPaceAfterItBeganToWaitNotAllAtOnce() {
        roomSize = 40;
        fill(80); // two crowds

        room.get(0).lineReceived("first crowd");
        reactor.runUntilIdle();
        reactor.advance(Duration.ofMillis(20));
        room.get(40).lineReceived("second crowd");
        reactor.runUntilIdle();
        assertThat(pacer().waiting()).isEqualTo(78);

        reactor.advance(OutputPacer.PACE.minusMillis(20));
        assertThat(pacer().waiting()).as("the first crowd went out; the second waits 20 ms more").isEqualTo(39);
        assertThat(texts(wires.get(1).batches.get(0))).containsExactly("first crowd\r\n");
        assertThat(wires.get(41).batches).isEmpty();

        reactor.advance(Duration.ofMillis(20));
        assertThat(pacer().waiting()).isZero();
        assertThat(texts(wires.get(41).batches.get(0))).containsExactly("second crowd\r\n");
    }

    @Test
    void aConnectionThatWentOutAndWaitsAgainIsSentAtItsNewTime() {
        roomSize = 40;
        fill(80);
        room.get(0).lineReceived("hello");
        reactor.runUntilIdle(); // 1 to 39 wait until 50 ms

        reactor.advance(Duration.ofMillis(10));
        room.get(5).lineReceived("me too"); // 5 acted: it goes out now, with what it held
        reactor.runUntilIdle();
        assertThat(texts(wires.get(5).batches.get(0))).containsExactly("hello\r\n", "You say it.\r\n", "prompt > ");

        reactor.advance(Duration.ofMillis(10));
        // One turn with output for the other room's forty and for 5: a crowd, so 5 waits from 20 ms, until 70 ms.
        room.get(40).lineReceived("over there");
        room.get(0).lineReceived("again");
        reactor.runUntilIdle();
        reactor.advance(Duration.ofMillis(30)); // 50 ms: the first waiters go, but not 5
        assertThat(wires.get(5).batches).as("5's old place in the queue does not send it early").hasSize(1);
        assertThat(texts(wires.get(6).batches.get(0))).containsExactly("hello\r\n", "me too\r\n", "again\r\n");

        reactor.advance(Duration.ofMillis(20));
        assertThat(texts(wires.get(5).batches.get(1))).containsExactly("\r\n", "again\r\n", "prompt > ");
    }

    @Test
    void answersAreTimedFromTheLinesArrivalToTheAnswerLeavingTheLoopAndBystandersAreNot() {
        fill(3);
        AnswerTimes times = AnswerTimes.of(reactor);
        assertThat(times.takeWindow().count()).as("a greeting answers no line").isZero();

        room.get(0).lineReceived("slow");
        reactor.advance(Duration.ofMillis(7)); // the loop took 7 ms to get to it
        room.get(1).lineReceived("typed");
        room.get(1).lineReceived("ahead");
        reactor.advance(Duration.ofMillis(3)); // both in one turn: one answer, timed from the older line

        AnswerTimes.Snapshot s = times.takeWindow();
        assertThat(s.count()).as("two answers; the bystanders' output answers nothing").isEqualTo(2);
        assertThat(s.maxNanos()).isCloseTo(7_000_000L, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(s.p50Nanos()).isCloseTo(3_000_000L, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(times.takeWindow().count()).as("a fresh window").isZero();
    }

    private OutputPacer pacer() {
        return reactor.loopLocal(OutputPacer.class, OutputPacer::new);
    }

    @Test
    void nothingIsLostWhenAWaitingConnectionCloses() {
        fill(40);
        room.get(0).lineReceived("hello");
        reactor.runUntilIdle();

        room.get(5).close("kicked");
        reactor.advance(OutputPacer.PACE);

        assertThat(wires.get(5).closed).isEqualTo("kicked");
        assertThat(texts(wires.get(5).batches.get(0))).as("what it held went out before the close")
                .containsExactly("hello\r\n");
        assertThat(wires.get(5).batches).hasSize(1);
    }
}
