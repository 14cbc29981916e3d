package brass.protocols.session;

import brass.engine.reactor.DelayedCall;
import brass.engine.reactor.Reactor;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * When each connection's output leaves the game loop. On a quiet server, at the end of the turn
 * that made it. But every flush costs the I/O threads a write and a system call, and the reader
 * another: a thousand people hearing a {@code say}, or a thousand players each hearing the thirty
 * others in their room, are hundreds of thousands of them a second for text a person could not
 * tell apart by the time it arrived. So on a busy server a bystander's output (its player did
 * nothing this turn) waits up to {@link #PACE}, gathering whatever the turns until then add, and
 * goes out in one write. The server is busy when one turn gives output to more than {@link #CROWD}
 * connections, or when bystanders were flushed more than {@link #BUSY} times within the last
 * {@link #PACE}. A player who typed something is never kept waiting: their connection goes out at
 * the end of the turn, with whatever it held.
 *
 * <p>Each waiting connection goes out {@link #PACE} after it began to wait, not all of them at one
 * pulse: the writes of a busy server are spread over time as its turns are, so no single turn of
 * the loop hands out a thousand of them while a player's answer waits behind it.
 *
 * <p>One per game loop ({@link Reactor#loopLocal}); loop-confined.
 */
final class OutputPacer {

    /** Connections with output in one turn beyond which the bystanders among them wait. */
    static final int CROWD = 32;
    /** Bystander flushes within one {@link #PACE} beyond which the server counts as busy. */
    static final int BUSY = 256;
    /** How long a bystander's output may wait on a busy server: well under what a reader notices. */
    static final Duration PACE = Duration.ofMillis(50);
    /** Waiting connections due within this much of each other go out in the same turn. */
    private static final long GATHER_NANOS = Duration.ofMillis(2).toNanos();

    private record Waiting(GameConnection connection, long due, long turn) {
    }

    private final Reactor reactor;
    private final long paceNanos = PACE.toNanos();
    /** Connections that got output this turn, in the order they got it. */
    private List<GameConnection> turn = new ArrayList<>();
    /** Waiting connections whose player acted this turn: they go out now. */
    private final List<GameConnection> actedWhileWaiting = new ArrayList<>();
    /** Bystanders waiting, oldest first (so also soonest due). */
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private boolean endOfTurnArmed;
    private DelayedCall due;
    /** Counts turns, so that a stale entry (the connection went out and waits again) is known. */
    private long turns;
    private long windowStart;
    private int flushedInWindow;

    OutputPacer(Reactor reactor) {
        this.reactor = reactor;
        this.windowStart = reactor.now() - paceNanos; // the first window opens at the first flush
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
        turns++;
        long now = reactor.now();
        List<GameConnection> got = turn;
        turn = new ArrayList<>();
        boolean crowded = got.size() > CROWD;
        for (GameConnection c : got) {
            if (c.actedThisTurn()) {
                c.flush();
            } else if (crowded || busy(now)) {
                c.waitingSince(turns);
                waiting.add(new Waiting(c, now + paceNanos, turns));
            } else {
                flushedInWindow++;
                c.flush();
            }
        }
        for (GameConnection c : actedWhileWaiting) {
            c.flush(); // nothing left to send if it already went: flushing twice sends nothing
        }
        actedWhileWaiting.clear();
        armDue();
    }

    /** Whether bystanders have been flushed more than {@link #BUSY} times within the last pace. */
    private boolean busy(long now) {
        if (now - windowStart >= paceNanos) {
            windowStart = now;
            flushedInWindow = 0;
        }
        return flushedInWindow >= BUSY;
    }

    private void armDue() {
        if (due == null && !waiting.isEmpty()) {
            long wait = Math.max(0, waiting.peekFirst().due() - reactor.now());
            due = reactor.callLaterNanos(wait, "output pace", this::goOut);
        }
    }

    /** Sends every waiting connection that is due, or nearly. */
    private void goOut() {
        due = null;
        long until = reactor.now() + GATHER_NANOS;
        Waiting w;
        while ((w = waiting.peekFirst()) != null && w.due() <= until) {
            waiting.pollFirst();
            if (w.connection().waitingSince() == w.turn()) {
                w.connection().flush();
            }
        }
        armDue();
    }

    /** Connections waiting now: for tests. */
    int waiting() {
        int n = 0;
        for (Waiting w : waiting) {
            if (w.connection().waitingSince() == w.turn()) {
                n++;
            }
        }
        return n;
    }
}
