package brass.protocols.account;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where accounts live. Every method is asynchronous and may fail, because the durable store
 * (H2 or PostgreSQL over JDBC) runs off the game loop and a database can be down. Futures may
 * complete on any thread; callers on the game loop hop back with {@code reactor.execute} or use
 * the reactor's {@code offload}, which does it for them.
 */
public interface AccountStore {

    /**
     * Finds an account by name, case-insensitively and in any form that normalises to it
     * ({@link NameRules#key}; an account made before names were normalised also by its old key).
     */
    CompletionStage<Optional<Account>> find(String name);

    /**
     * Finds an account whose name looks like {@code name}: the same confusable skeleton
     * ({@link NameRules#skeleton}), whatever the case. A new character may not take such a name.
     */
    CompletionStage<Optional<Account>> findLookAlike(String name);

    /**
     * Creates an account under {@code name} in its canonical form ({@link NameRules#display}).
     * Completes only once the account is durable, so a player is never told an account exists
     * that a crash could lose. Fails with {@link NameTakenException} when the name
     * (case-insensitively) is taken, and with {@link LookAlikeNameException} when an account's
     * name looks like it: checked together with the write, so two players cannot create
     * look-alikes at the same moment.
     */
    CompletionStage<Account> create(String name, String passwordHash);

    /**
     * Replaces the parts of an account its player changes (keys, last login, password hash). Roles
     * are left as stored: they change only through {@link #changeRole}, so a copy of the account
     * read before an operator's change (a login under way) cannot undo it.
     */
    CompletionStage<Account> update(Account account);

    /**
     * Adds {@code more} (whole seconds of it) to how long the account has been played, in one step
     * in the store, so that two sessions ending at once both count. Completes with the account
     * holding the new total. {@link #update} never writes the total, so a stale copy cannot undo it.
     */
    CompletionStage<Account> addPlayed(Account account, Duration more);

    /**
     * Gives {@code role} to the account named {@code name} (or takes it, when {@code grant} is
     * false), in one step. Completes with what changed, or empty when no account has that name.
     */
    CompletionStage<Optional<RoleChange>> changeRole(String name, String role, boolean grant);

    /** How many accounts exist; for status displays. */
    CompletionStage<Long> count();

    /** The name is already taken. */
    class NameTakenException extends RuntimeException {
        public NameTakenException(String name) {
            this(name, "is taken");
        }

        protected NameTakenException(String name, String why) {
            super("the name '" + name + "' " + why);
        }
    }

    /** The name is not taken, but another account's name looks like it (the same skeleton). */
    final class LookAlikeNameException extends NameTakenException {
        public LookAlikeNameException(String name) {
            super(name, "looks like another account's name");
        }
    }
}
