package brass.protocols.account;

import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Where accounts live. Every method is asynchronous and may fail, because the durable store
 * (H2 or PostgreSQL over JDBC) runs off the game loop and a database can be down. Futures may
 * complete on any thread; callers on the game loop hop back with {@code reactor.execute} or use
 * the reactor's {@code offload}, which does it for them.
 */
public interface AccountStore {

    /** Finds an account by name, case-insensitively. */
    CompletionStage<Optional<Account>> find(String name);

    /**
     * Creates an account. Completes only once the account is durable, so a player is never told
     * an account exists that a crash could lose. Fails with {@link NameTakenException} when the
     * name (case-insensitively) is taken.
     */
    CompletionStage<Account> create(String name, String passwordHash);

    /**
     * Replaces the parts of an account its player changes (keys, last login, password hash). Roles
     * are left as stored: they change only through {@link #changeRole}, so a copy of the account
     * read before an operator's change (a login under way) cannot undo it.
     */
    CompletionStage<Account> update(Account account);

    /**
     * Gives {@code role} to the account named {@code name} (or takes it, when {@code grant} is
     * false), in one step. Completes with what changed, or empty when no account has that name.
     */
    CompletionStage<Optional<RoleChange>> changeRole(String name, String role, boolean grant);

    /** How many accounts exist; for status displays. */
    CompletionStage<Long> count();

    /** The name is already taken. */
    final class NameTakenException extends RuntimeException {
        public NameTakenException(String name) {
            super("the name '" + name + "' is taken");
        }
    }
}
