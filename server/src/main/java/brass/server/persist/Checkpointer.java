package brass.server.persist;

import brass.engine.loop.LoopingCall;
import brass.engine.reactor.Reactor;
import brass.server.store.StoreFaults;
import brass.world.game.Game;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 *
 * <p>While writes fail (a full disk, a database that went away), the next attempt waits longer
 * each time, doubling from the checkpoint period up to {@link #MAX_RETRY_DELAY}; meanwhile the
 * world keeps its record of what changed, so nothing is taken that could be lost, and what is
 * pending stays in memory however long the fault lasts. A {@link SavingWatcher} hears once when
 * saving starts failing and once when it works again.
 */
public final class Checkpointer {

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    /** The longest wait between two attempts while writes fail. */
    public static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);

    /** Told on the game loop when checkpoints start failing, and when one is written again. */
    public interface SavingWatcher {

        /** The first checkpoint failed after one that was written (or after start). */
        void savingFails(Throwable cause);

        /** A checkpoint was written after {@code failedAttempts} that failed. */
        void savingWorksAgain(long failedAttempts);
    }

    private static final SavingWatcher NOBODY = new SavingWatcher() {
        @Override
        public void savingFails(Throwable cause) {
        }

        @Override
        public void savingWorksAgain(long failedAttempts) {
        }
    };

    private final Game game;
    private final WorldStore store;
    private final Reactor reactor;
    private final LoopingCall loop;
    private SavingWatcher watcher = NOBODY;
    private long period = Duration.ofSeconds(1).toNanos();
    private boolean tookFull;
    private long sequence;
    private long failuresInARow;
    private long retryAt;
    private Throwable lastFailure;
    private volatile Instant lastWrittenAt;
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
        this.loop = LoopingCall.ofAsync(reactor, "checkpoint", this::tick);
    }

    /** Who hears when saving starts failing and when it works again. Loop only; before {@link #start}. */
    public Checkpointer watch(SavingWatcher savingWatcher) {
        this.watcher = savingWatcher;
        return this;
    }

    /** Starts checkpointing every {@code every}. Loop only. */
    public void start(Duration every) {
        period = every.toNanos();
        loop.start(every, false);
    }

    /**
     * Stops the timer and writes one last checkpoint, whatever the wait between retries; completes
     * (on the loop) with whether it was written. Loop only.
     */
    public CompletableFuture<Boolean> stopAndSave() {
        if (loop.isRunning()) {
            loop.stop();
        }
        // Wait for a write already under way, then take the final snapshot.
        return inFlight.handle((ok, e) -> null).thenCompose(ignored -> {
            CompletableFuture<Boolean> last = new CompletableFuture<>();
            Runnable save = () -> {
                long before = sequence;
                checkpoint().whenComplete((ok, e) -> last.complete(sequence > before));
            };
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

    /** When the last checkpoint written since start was taken (wall clock), if one was. */
    public Optional<Instant> lastWrittenAt() {
        return Optional.ofNullable(lastWrittenAt);
    }

    /** Why the last attempt failed, if it did (null once one is written). Loop only. */
    public Throwable lastFailure() {
        return lastFailure;
    }

    /** How many attempts in a row have failed (0 while saving works). Loop only. */
    public long failuresInARow() {
        return failuresInARow;
    }

    // The timer's step: a checkpoint, unless a failed one asked to wait before the next try.
    private CompletableFuture<Void> tick() {
        if (failuresInARow > 0 && reactor.now() - retryAt < 0) {
            return CompletableFuture.completedFuture(null);
        }
        return checkpoint();
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
                failed(next, error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            } else {
                if (failuresInARow > 0) {
                    log.info("checkpoint {} written after {} failed attempts: the world is being saved again", next,
                            failuresInARow);
                    watcher.savingWorksAgain(failuresInARow);
                }
                failuresInARow = 0;
                lastFailure = null;
                sequence = next;
            }
            return null;
        });
        inFlight = write;
        return write;
    }

    private void failed(long attempt, Throwable error) {
        failuresInARow++;
        lastFailure = error;
        long cap = Math.max(period, MAX_RETRY_DELAY.toNanos());
        long delay = period;
        for (long i = 1; i < failuresInARow && delay < cap; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, cap);
        retryAt = reactor.now() + delay;
        String reason = StoreFaults.describe(error);
        if (failuresInARow == 1) {
            log.error("checkpoint {} failed: {}; the game goes on, what changed is kept in memory, and the next"
                    + " attempt is in {} ms", attempt, reason, delay / 1_000_000, error);
            watcher.savingFails(error);
        } else if (failuresInARow % 10 == 0) {
            log.error("checkpoint {} failed ({} attempts in a row): {}; still trying every {} ms", attempt,
                    failuresInARow, reason, delay / 1_000_000);
        }
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
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long started = System.nanoTime();
        store.write(next, at, rows, removals, total);
        // Logged before the write's future completes, so before the next checkpoint is taken.
        log.debug("checkpoint {} written: {} rows changed, {} removed, in {} ms", next, rows.size(), removals.size(),
                (System.nanoTime() - started) / 1_000_000);
        lastWrittenAt = at;
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
