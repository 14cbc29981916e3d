package brass.protocols.play;

import brass.engine.reactor.DelayedCall;
import brass.engine.reactor.Reactor;
import brass.protocols.account.LoginThrottle;
import brass.protocols.account.PasswordHasher;
import brass.protocols.guard.ClientAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongConsumer;

/**
 * Every password attempt, from telnet's dialogue and from SSH, paced by the shared
 * {@link LoginThrottle} (whose comment explains the design): an attempt waits, costing nothing,
 * until the throttle lets it begin; then its password is hashed on the worker pool; a right one
 * is answered at once, a wrong one after the throttle's wait. Attempts waiting for one under way
 * are taken first come, first served. An attempt whose client left is dropped while it waits,
 * but once hashed it is counted and answered (into the void) like any other: leaving does not
 * dodge the count. Game-loop only, except {@code cancel} on a returned future.
 */
final class PasswordChecks {

    private final Reactor reactor;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final List<Attempt> waiting = new ArrayList<>();
    private boolean waking;
    private boolean wakeAgain;

    private final class Attempt {
        final String nameKey;
        final String hash;
        final String password;
        final ClientAddress address;
        final LongConsumer onHold;
        final CompletableFuture<Boolean> result = new CompletableFuture<>();
        DelayedCall timer;
        boolean told;

        Attempt(String nameKey, String hash, String password, ClientAddress address, LongConsumer onHold) {
            this.nameKey = nameKey;
            this.hash = hash;
            this.password = password;
            this.address = address;
            this.onHold = onHold;
        }
    }

    PasswordChecks(Reactor reactor, PasswordHasher hasher, LoginThrottle throttle) {
        this.reactor = reactor;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    /**
     * Checks {@code password} for the account {@code nameKey} whose stored hash is {@code hash}
     * (null for a name that has no account: it fails like a wrong password). {@code onHold} is
     * told once, with the wait in nanoseconds, if the throttle makes the attempt wait. Completes
     * on the loop with whether the password was right; cancel it when the client leaves.
     */
    CompletableFuture<Boolean> check(String nameKey, String hash, String password, ClientAddress address,
                                     LongConsumer onHold) {
        Attempt a = new Attempt(nameKey, hash, password, address, onHold);
        a.result.whenComplete((ok, error) -> {
            if (a.result.isCancelled()) {
                onLoop(() -> drop(a));
            }
        });
        tryBegin(a);
        return a.result;
    }

    private void tryBegin(Attempt a) {
        if (a.result.isDone()) {
            return;
        }
        long now = reactor.now();
        long at = throttle.mayBegin(a.nameKey, a.address, now);
        if (at == LoginThrottle.AFTER_THE_ONE_UNDER_WAY) {
            waiting.add(a);
        } else if (at > now) {
            if (!a.told) {
                a.told = true;
                a.onHold.accept(at - now);
            }
            a.timer = reactor.callLaterNanos(at - now, "login wait", () -> {
                a.timer = null;
                tryBegin(a);
            });
        } else {
            begin(a);
        }
    }

    private void begin(Attempt a) {
        throttle.begin(a.nameKey, a.address);
        CompletableFuture<Boolean> verified = a.hash == null ? CompletableFuture.completedFuture(false)
                : reactor.offload("verify password", () -> hasher.verify(a.password, a.hash));
        verified.whenComplete((ok, error) -> onLoop(() -> {
            throttle.hashed(a.nameKey);
            if (error != null) {
                // The hasher failed, not the player: nothing is counted against anyone.
                throttle.answered(a.address);
                a.result.completeExceptionally(error);
            } else if (ok) {
                throttle.succeeded(a.nameKey);
                throttle.answered(a.address);
                a.result.complete(true);
            } else {
                long wait = throttle.failed(a.nameKey, a.address, reactor.now());
                reactor.callLaterNanos(wait, "password refusal", () -> {
                    throttle.answered(a.address);
                    a.result.complete(false);
                    wake();
                });
            }
            wake();
        }));
    }

    /** Something under way ended: waiting attempts that may now begin do, in the order they came. */
    private void wake() {
        if (waking) {
            wakeAgain = true;
            return;
        }
        waking = true;
        try {
            do {
                wakeAgain = false;
                for (Iterator<Attempt> it = waiting.iterator(); it.hasNext(); ) {
                    Attempt a = it.next();
                    if (a.result.isDone()) {
                        it.remove();
                    } else if (throttle.mayBegin(a.nameKey, a.address, reactor.now())
                            != LoginThrottle.AFTER_THE_ONE_UNDER_WAY) {
                        it.remove();
                        tryBegin(a);
                    }
                }
            } while (wakeAgain);
        } finally {
            waking = false;
        }
    }

    private void drop(Attempt a) {
        waiting.remove(a);
        if (a.timer != null) {
            a.timer.cancel();
            a.timer = null;
        }
    }

    /** Attempts waiting for one under way now (for tests). */
    int waitingCount() {
        return waiting.size();
    }

    private void onLoop(Runnable task) {
        if (reactor.inLoop()) {
            task.run();
            return;
        }
        try {
            reactor.execute(task);
        } catch (RejectedExecutionException stopping) {
            // The loop is going down: nothing waits any more.
        }
    }
}
