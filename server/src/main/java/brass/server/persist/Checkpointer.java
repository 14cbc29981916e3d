package brass.server.persist;

import brass.engine.loop.LoopingCall;
import brass.engine.reactor.Reactor;
import brass.world.game.Game;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves the world every so often: what changed is taken on the game loop in one turn, written off
 * the loop in one transaction. The first checkpoint after start is full (every thing, so that rows
 * the world files no longer define are removed); the later ones carry only what changed since the
 * one before, so the loop pays for what changed, not for the size of the world. Checkpoints never
 * overlap (the loop waits for the write's future) and the loop never waits for the database. A
 * failed write loses nothing: what it should have written stays pending, later changes land on top
 * of it (the newest state of each thing wins), and the next checkpoint writes it all.
 */
public final class Checkpointer {

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final Game game;
    private final WorldStore store;
    private final Reactor reactor;
    private final LoopingCall loop;
    private boolean tookFull;
    private long sequence;
    private long failuresInARow;
    private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
    // Checkpoints taken whose write never ran (the worker pool refused it): handed to the next.
    private List<Checkpoint> carried = List.of();

    // Worker side. Only the write of the checkpoint in flight touches these, and checkpoints never
    // overlap: each write is handed to the pool after the one before completed back on the loop,
    // which orders the writes' memory effects one after the other.
    private Iterable<SavedThing> restored;
    private Map<String, SavedThing> committed; // the rows in the database, by id; built by the first write
    private Map<String, SavedThing> pendingRows = new HashMap<>();
    private Set<String> pendingRemovals = new HashSet<>();

    public Checkpointer(Game game, WorldStore store, Iterable<SavedThing> restored) {
        this.game = game;
        this.store = store;
        this.reactor = game.reactor();
        // Indexed by the first write, off the loop: at start it is as many rows as the world has things.
        this.restored = restored;
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
        Checkpoint taken = tookFull ? Checkpoint.takeChanges(next, game) : Checkpoint.take(next, game);
        tookFull = true;
        List<Checkpoint> batch = new ArrayList<>(carried);
        batch.add(taken);
        carried = List.of();
        AtomicBoolean merged = new AtomicBoolean();
        CompletableFuture<Void> write = reactor.offload("checkpoint " + next, () -> {
            for (Checkpoint c : batch) {
                merge(c);
            }
            merged.set(true);
            write(next);
            return null;
        }).handle((ok, error) -> {
            if (error != null) {
                if (!merged.get()) {
                    carried = batch;
                }
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
                sequence = next;
            }
            return null;
        });
        inFlight = write;
        return write;
    }

    // On the worker pool: folds a checkpoint into what is pending.
    private void merge(Checkpoint taken) {
        if (committed == null) {
            committed = new HashMap<>();
            for (SavedThing t : restored) {
                committed.put(t.id(), t);
            }
            restored = null;
        }
        if (taken.full()) {
            // Every thing the world has; whatever else the database holds is gone. Supersedes
            // anything still pending from a failed write.
            pendingRows = new HashMap<>(taken.things().size() * 2);
            pendingRemovals = new HashSet<>();
            for (SavedThing t : taken.things()) {
                pendingRows.put(t.id(), t);
            }
            for (String id : committed.keySet()) {
                if (!pendingRows.containsKey(id)) {
                    pendingRemovals.add(id);
                }
            }
        } else {
            // Removals first: a thing removed and made again since the last checkpoint is a
            // changed row, and World.Changes never lists an id both ways.
            for (String id : taken.removed()) {
                pendingRows.remove(id);
                pendingRemovals.add(id);
            }
            for (SavedThing t : taken.things()) {
                pendingRemovals.remove(t.id());
                pendingRows.put(t.id(), t);
            }
        }
    }

    // On the worker pool: writes what is pending, skipping rows the database already has.
    private void write(long next) throws SQLException {
        List<SavedThing> rows = new ArrayList<>();
        int total = committed.size();
        for (SavedThing t : pendingRows.values()) {
            SavedThing before = committed.get(t.id());
            if (!t.equals(before)) {
                rows.add(t);
                if (before == null) {
                    total++;
                }
            }
        }
        List<String> removals = new ArrayList<>();
        for (String id : pendingRemovals) {
            if (committed.containsKey(id)) {
                removals.add(id);
                total--;
            }
        }
        store.write(next, rows, removals, total);
        // Committed: the database now holds this, and nothing is pending.
        for (String id : removals) {
            committed.remove(id);
        }
        for (SavedThing t : rows) {
            committed.put(t.id(), t);
        }
        // New rather than cleared: after a full checkpoint they have room for every thing, and
        // clear() would sweep all that room on every write.
        pendingRows = new HashMap<>();
        pendingRemovals = new HashSet<>();
    }
}
