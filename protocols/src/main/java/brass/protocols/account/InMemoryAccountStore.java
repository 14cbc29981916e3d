package brass.protocols.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accounts in memory: for tests and for a server run without a database. Thread-safe (creation
 * is serialised, so the look-alike check and the write are one step); completes at once.
 */
public final class InMemoryAccountStore implements AccountStore {

    private final ConcurrentHashMap<String, Account> byKey = new ConcurrentHashMap<>();
    // Confusable skeleton to the account that has it: what look-alike names are refused by.
    private final ConcurrentHashMap<String, Account> bySkeleton = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Clock clock;

    public InMemoryAccountStore() {
        this(Clock.systemUTC());
    }

    public InMemoryAccountStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CompletionStage<Optional<Account>> find(String name) {
        return CompletableFuture.completedFuture(Optional.ofNullable(byKey.get(NameRules.key(name))));
    }

    @Override
    public CompletionStage<Optional<Account>> findLookAlike(String name) {
        Account like = bySkeleton.get(NameRules.skeleton(name));
        return CompletableFuture.completedFuture(like == null ? Optional.empty() : Optional.ofNullable(byKey.get(like.key())));
    }

    @Override
    public synchronized CompletionStage<Account> create(String name, String passwordHash) {
        String shown = NameRules.display(name);
        if (byKey.containsKey(NameRules.key(shown))) {
            return CompletableFuture.failedFuture(new NameTakenException(shown));
        }
        String skeleton = NameRules.skeleton(shown);
        if (bySkeleton.containsKey(skeleton)) {
            return CompletableFuture.failedFuture(new LookAlikeNameException(shown));
        }
        // A new account has no roles, the first one included: an operator grants them.
        Account fresh = new Account(ids.incrementAndGet(), shown, passwordHash, List.of(), Set.of(),
                clock.instant(), null);
        byKey.put(fresh.key(), fresh);
        bySkeleton.put(skeleton, fresh);
        return CompletableFuture.completedFuture(fresh);
    }

    @Override
    public CompletionStage<Account> update(Account account) {
        Account replaced = byKey.computeIfPresent(account.key(),
                (k, old) -> account.withRoles(old.roles()).withPlayed(old.played()));
        return replaced == null
                ? CompletableFuture.failedFuture(new IllegalArgumentException("no account named " + account.name()))
                : CompletableFuture.completedFuture(replaced);
    }

    @Override
    public CompletionStage<Account> addPlayed(Account account, Duration more) {
        Account replaced = byKey.computeIfPresent(account.key(),
                (k, old) -> old.withPlayed(old.played().plusSeconds(more.toSeconds())));
        return replaced == null
                ? CompletableFuture.failedFuture(new IllegalArgumentException("no account named " + account.name()))
                : CompletableFuture.completedFuture(replaced);
    }

    @Override
    public CompletionStage<Optional<RoleChange>> changeRole(String name, String role, boolean grant) {
        RoleChange[] change = new RoleChange[1];
        byKey.computeIfPresent(NameRules.key(name), (k, old) -> {
            change[0] = RoleChange.of(old, role, grant);
            return change[0].after();
        });
        return CompletableFuture.completedFuture(Optional.ofNullable(change[0]));
    }

    @Override
    public CompletionStage<Long> count() {
        return CompletableFuture.completedFuture((long) byKey.size());
    }
}
