package brass.protocols.session;

import brass.engine.reactor.DelayedCall;
import brass.engine.reactor.Reactor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When each connection's output leaves the game loop. Normally at the end of the turn that made
 * it. But a turn that gives output to a crowd (a thousand people hear a {@code say}) would cost
 * the I/O threads one write, one flush and one system call per listener for every line, and a
 * crowd's lines come many a second: so when more than {@link #CROWD} connections got output in
 * one turn, those whose player did nothing that turn wait for the next {@linkplain #PULSE pulse}
 * and go out together with what the turns until then add. A player who typed something is never
 * kept waiting: their connection goes out at the end of the turn, with whatever it held.
 *
 * <p>One per game loop ({@link Reactor#loopLocal}); loop-confined.
 */
final class OutputPacer {

    /** Connections with output in one turn beyond which the bystanders among them wait for the pulse. */
    static final int CROWD = 32;
    /** How long a crowd's bystanders may wait: well under what a reader notices. */
    static final Duration PULSE = Duration.ofMillis(10);

    private final Reactor reactor;
    /** Connections that got output this turn, in the order they got it. */
    private List<GameConnection> turn = new ArrayList<>();
    /** Waiting connections whose player acted this turn: they go out now. */
    private final List<GameConnection> actedWhileWaiting = new ArrayList<>();
    /** Bystanders of earlier crowded turns, waiting for the pulse. */
    private List<GameConnection> waiting = new ArrayList<>();
    private boolean endOfTurnArmed;
    private DelayedCall pulse;

    OutputPacer(Reactor reactor) {
        this.reactor = reactor;
    }

    /** {@code c} has output to send and is not yet due to send it. */
    void add(GameConnection c) {
        turn.add(c);
        armEndOfTurn();
    }

    /** {@code c}'s player acted this turn: if it waits with output, it goes out at the turn's end. */
    void acted(GameConnection c) {
        actedWhileWaiting.add(c);
        armEndOfTurn();
    }

    private void armEndOfTurn() {
        if (!endOfTurnArmed) {
            endOfTurnArmed = true;
            reactor.atEndOfTurn(this::endOfTurn);
        }
    }

    private void endOfTurn() {
        endOfTurnArmed = false;
        List<GameConnection> now = turn;
        turn = new ArrayList<>();
        boolean crowded = now.size() > CROWD;
        for (GameConnection c : now) {
            if (!crowded || c.actedThisTurn()) {
                c.flush();
            } else {
                waiting.add(c);
            }
        }
        for (GameConnection c : actedWhileWaiting) {
            c.flush(); // nothing left to send if it already went: flushing twice sends nothing
        }
        actedWhileWaiting.clear();
        if (!waiting.isEmpty() && pulse == null) {
            pulse = reactor.callLater(PULSE, "output pulse", this::pulse);
        }
    }

    private void pulse() {
        pulse = null;
        List<GameConnection> due = waiting;
        waiting = new ArrayList<>();
        for (GameConnection c : due) {
            c.flush();
        }
    }

    /** Connections waiting for the pulse now: for tests. */
    int waiting() {
        return waiting.size();
    }
}
