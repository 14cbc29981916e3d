package brass.protocols.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Accounts in memory: for tests and for a server run without a database. Thread-safe; completes
 * at once.
 */
public final class InMemoryAccountStore implements AccountStore {

    private final ConcurrentHashMap<String, Account> byKey = new ConcurrentHashMap<>();
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
    public CompletionStage<Account> create(String name, String passwordHash) {
        // A new account has no roles, the first one included: an operator grants them.
        Account fresh = new Account(ids.incrementAndGet(), name, passwordHash, List.of(), Set.of(),
                clock.instant(), null);
        Account existing = byKey.putIfAbsent(fresh.key(), fresh);
        return existing == null
                ? CompletableFuture.completedFuture(fresh)
                : CompletableFuture.failedFuture(new NameTakenException(name));
    }

    @Override
    public CompletionStage<Account> update(Account account) {
        Account replaced = byKey.computeIfPresent(account.key(), (k, old) -> account.withRoles(old.roles()));
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
