package brass.server.persist;

import brass.engine.loop.LoopingCall;
import brass.engine.reactor.Reactor;
import brass.world.game.Game;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the world every so often: the snapshot is taken on the game loop in one turn, written off
 * the loop in one transaction. Checkpoints never overlap (the loop waits for the write's future),
 * the loop never waits for the database, and a failed write is logged and simply retried by the
 * next checkpoint, which still contains every change since the last one that committed.
 */
public final class Checkpointer {

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final Game game;
    private final WorldStore store;
    private final Reactor reactor;
    private final LoopingCall loop;
    private Map<String, SavedThing> committed = new HashMap<>();
    private long sequence;
    private long failuresInARow;
    private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);

    public Checkpointer(Game game, WorldStore store, Iterable<SavedThing> restored) {
        this.game = game;
        this.store = store;
        this.reactor = game.reactor();
        for (SavedThing t : restored) {
            committed.put(t.id(), t);
        }
        this.loop = LoopingCall.ofAsync(reactor, "checkpoint", this::checkpoint);
    }

    /** Starts checkpointing every {@code every}. Loop only. */
    public void start(Duration every) {
        loop.start(every, false);
    }

    /** Stops the timer and writes one last checkpoint; completes when it is written (or failed). Loop only. */
    public CompletableFuture<Void> stopAndSave() {
        if (loop.isRunning()) {
            loop.stop();
        }
        // Wait for a write already under way, then take the final snapshot.
        return inFlight.handle((ok, e) -> null).thenCompose(ignored -> {
            CompletableFuture<Void> last = new CompletableFuture<>();
            Runnable save = () -> checkpoint().whenComplete((ok, e) -> last.complete(null));
            if (reactor.inLoop()) {
                save.run();
            } else {
                reactor.execute(save);
            }
            return last;
        });
    }

    /** How many checkpoints have committed since start. */
    public long committedSequence() {
        return sequence;
    }

    private CompletableFuture<Void> checkpoint() {
        long next = sequence + 1;
        Checkpoint snapshot = Checkpoint.take(next, game);
        Map<String, SavedThing> base = committed;
        CompletableFuture<Void> write = reactor.offload("checkpoint " + next, () -> {
            store.write(snapshot, base);
            // The next diff's base is made here, off the loop: in a world of 100,000 things it
            // would cost the loop as much again as taking the snapshot.
            Map<String, SavedThing> written = new HashMap<>(snapshot.things().size() * 2);
            for (SavedThing t : snapshot.things()) {
                written.put(t.id(), t);
            }
            return written;
        }).handle((written, error) -> {
            if (error != null) {
                failuresInARow++;
                if (failuresInARow == 1 || failuresInARow % 60 == 0) {
                    log.error("checkpoint {} failed ({} in a row); the game goes on and the next one retries",
                            next, failuresInARow, error);
                }
            } else {
                if (failuresInARow > 0) {
                    log.info("checkpoint {} written after {} failed attempts", next, failuresInARow);
                }
                failuresInARow = 0;
                committed = written;
                sequence = next;
            }
            return null;
        });
        inFlight = write;
        return write;
    }
}
